// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lorabench.server.event.ServerEvent;
import lorabench.server.push.PushRecipients;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.Device;
import lorabench.store.DownlinkTarget;
import lorabench.store.GroupRepository;

/// OrbiWAN's push recipients (seed: "Push mode can be setup separately for each user and application", OW-L-01):
/// the owning user account of the device (or group), then each of its application sub-accounts the device is
/// assigned to. A device is assigned to an application when its `application` field, or one entry of the comma list
/// in its `applications` attribute (OW-D-04), names it; a group when its `applications` setting does (OW-K-01).
/// An application's name is [#applicationId].
public final class OwRecipients implements PushRecipients {
    private final OwPushCache cache;
    private final GroupRepository groups;

    /// Recipients of devices and accounts read through `cache`, and of the groups in `groups`.
    public OwRecipients(OwPushCache cache, GroupRepository groups) {
        this.cache = cache;
        this.groups = groups;
    }

    /// {@return the OrbiWAN application id of a sub-account}: its `accountid` setting when set, else the `{id}` of a
    /// `#app.{id}#{user}` username, else the username
    public static String applicationId(Account a) {
        String set = a.settings().path("accountid").asText("");
        if (!set.isEmpty()) {
            return set;
        }
        String u = a.username();
        if (u.startsWith("#app.") && u.indexOf('#', 5) > 5) {
            return u.substring(5, u.indexOf('#', 5));
        }
        return u;
    }

    @Override
    public List<Long> accountsFor(ServerEvent event) {
        if (event instanceof ServerEvent.DownlinkStatusChanged d && d.target() instanceof DownlinkTarget.Group g) {
            return groups.find(g.groupId()).flatMap(grp -> grp.ownerAccountId().map(owner ->
                    withApplications(owner, names(grp.settings().path("applications").asText(""))))).orElse(List.of());
        }
        Optional<Device> device = PushSubjects.device(event).flatMap(cache::device);
        return device.flatMap(d -> d.ownerAccountId().map(owner -> withApplications(owner, assigned(d))))
                .orElse(List.of());
    }

    /// {@return the accounts that receive the pushes about `d`}: its owner, then its assigned applications
    public List<Long> accountsFor(Device d) {
        return d.ownerAccountId().map(owner -> withApplications(owner, assigned(d))).orElse(List.of());
    }

    /// {@return the application ids `d` is assigned to}
    static Set<String> assigned(Device d) {
        Set<String> names = names(d.attributes().path("applications").asText(""));
        d.application().ifPresent(names::add);
        return names;
    }

    private List<Long> withApplications(long owner, Set<String> names) {
        List<Long> ids = new ArrayList<>();
        ids.add(owner);
        if (!names.isEmpty()) {
            for (Account child : cache.children(owner)) {
                if (child.kind() == AccountKind.APPLICATION && names.contains(applicationId(child))) {
                    ids.add(child.id());
                }
            }
        }
        return ids;
    }

    private static Set<String> names(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
