// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import lorabench.store.Account;
import lorabench.store.Device;

/// `GET /rest/nodes` (seed §Get list of devices): filters `group`, `application`, `search_comment`,
/// `search_DevEUI`, `from_date`/`to_date` (on the last reception, AMB-OW-11); sorts `sort_by_DevEUI`,
/// `soft_by_comment` (sic; `sort_by_comment` too, AMB-OW-10) and `sort_by_date`; paging through [OwPages].
final class NodeList {
    static final Set<String> PARAMS = OwRequest.params(List.of(OwPages.PARAMS, Set.of("group", "application",
            "search_comment", "search_DevEUI", "from_date", "to_date", "sort_by_DevEUI", "soft_by_comment",
            "sort_by_comment", "sort_by_date", "data_format", "all")));

    private final OwServices s;
    private final NodeView view;

    NodeList(OwServices s, NodeView view) {
        this.s = s;
        this.view = view;
    }

    void list(OwRequest r) {
        Account a = r.account();
        Stream<Device> devices = s.access().devices(a).stream();
        Optional<String> group = r.str("group");
        if (group.isPresent()) {
            s.access().group(a, group.get());
            Set<String> members = Set.copyOf(s.groups().members(group.get()).stream().map(Object::toString).toList());
            devices = devices.filter(d -> members.contains(d.devEui().toString()));
        }
        Optional<String> app = r.str("application");
        if (app.isPresent()) {
            boolean known = s.accounts().children(OwAccountView.ownerId(a)).stream()
                    .anyMatch(c -> app.get().equals(OwAccountView.accountId(c)) && OwAccountView.isApplication(c));
            if (!known) {
                throw OwError.notFound("application", app.get());
            }
            devices = devices.filter(d -> OwDeviceData.applications(d).contains(app.get()));
        }
        Optional<String> comment = r.str("search_comment").map(c -> c.toLowerCase(Locale.ROOT));
        if (comment.isPresent()) {
            devices = devices.filter(d -> OwDeviceData.comment(d).toLowerCase(Locale.ROOT).contains(comment.get()));
        }
        Optional<String> eui = r.str("search_DevEUI").map(e -> e.replace("-", "").toUpperCase(Locale.ROOT));
        if (eui.isPresent()) {
            devices = devices.filter(d -> d.devEui().toString().contains(eui.get()));
        }
        Optional<Instant> from = r.time("from_date");
        Optional<Instant> to = r.time("to_date");
        if (from.isPresent()) {
            devices = devices.filter(d -> d.lastSeen().filter(t -> !t.isBefore(from.get())).isPresent());
        }
        if (to.isPresent()) {
            devices = devices.filter(d -> d.lastSeen().filter(t -> t.isBefore(to.get())).isPresent());
        }
        Comparator<Device> order = Comparator.comparing(Device::devEui);
        boolean needsState = false;
        Optional<Boolean> byEui = r.ascending("sort_by_DevEUI");
        Optional<Boolean> byComment = r.ascending("soft_by_comment").or(() -> r.ascending("sort_by_comment"));
        Optional<Boolean> byDate = r.ascending("sort_by_date");
        if (byComment.isPresent()) {
            Comparator<Device> c = Comparator.comparing(OwDeviceData::comment);
            order = (byComment.get() ? c : c.reversed()).thenComparing(Device::devEui);
            needsState = true;
        } else if (byDate.isPresent()) {
            Comparator<Device> c = Comparator.comparing(d -> d.lastSeen().orElse(Instant.EPOCH));
            order = (byDate.get() ? c : c.reversed()).thenComparing(Device::devEui);
            needsState = true;
        } else if (byEui.isPresent() && !byEui.get()) {
            order = order.reversed();
        }
        List<Device> sorted = devices.sorted(order).toList();
        boolean all = r.bool("all", false);
        OwReply.json(r.ctx(), s.pages().answer(r, sorted, d -> view.info(d, all), needsState,
                s.settings().maxSortedResults()));
    }
}
