// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import lorabench.server.push.PushDelivery;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.PushTarget;
import lorabench.store.Uplink;

/// In-memory [PushSources]: two accounts (a user and its application), stored targets, a delivery log and a
/// scripted test-push answer.
final class FakePushSources implements PushSources {
    final List<PushTarget> stored = new ArrayList<>();
    final List<PushDelivery> log = new CopyOnWriteArrayList<>();
    final List<Consumer<? super PushDelivery>> listeners = new CopyOnWriteArrayList<>();
    final List<Uplink> kept = new ArrayList<>();
    final List<Uplink> repushed = new ArrayList<>();
    OptionalInt testStatus = OptionalInt.of(200);

    static Account account(long id, String name, AccountKind kind, Optional<Long> parent) {
        return new Account(id, name, "x", kind, parent, Map.of(), Map.of(), JsonNodeFactory.instance.objectNode(),
                Instant.EPOCH, Instant.EPOCH);
    }

    static PushDelivery delivery(long account, int n, OptionalInt status) {
        return new PushDelivery(Instant.parse("2026-03-01T09:00:00Z").plusSeconds(n), account, 1, "payloads_ul",
                "POST", "http://127.0.0.1:9/rest/callback/payloads/ul?n=" + n, status, Duration.ofNanos(1_500_000),
                status.isEmpty() ? Optional.of("connection refused") : Optional.empty(), Optional.empty(),
                OptionalLong.empty(), 1, PushDelivery.Kind.LIVE);
    }

    @Override
    public List<Account> accounts() {
        return List.of(account(1, "alice", AccountKind.USER, Optional.empty()),
                account(2, "meters", AccountKind.APPLICATION, Optional.of(1L)));
    }

    @Override
    public List<PushTarget> targets(long accountId) {
        return stored.stream().filter(t -> t.accountId() == accountId).toList();
    }

    @Override
    public PushTarget save(PushTarget target) {
        PushTarget t = target.id() == 0 ? new PushTarget(stored.size() + 1, target.accountId(), target.url(),
                target.auth(), target.headers(), target.dataFormat(), target.settings(), target.enabled(),
                target.created(), target.updated()) : target;
        stored.removeIf(s -> s.id() == t.id());
        stored.add(t);
        return t;
    }

    @Override
    public PushDelivery sendTest(PushTarget target) {
        PushDelivery d = new PushDelivery(Instant.EPOCH, target.accountId(), target.id(), "payloads_ul", "POST",
                target.url() + "/rest/callback/payloads/ul", testStatus, Duration.ofMillis(4),
                testStatus.isEmpty() ? Optional.of("timeout") : Optional.empty(), Optional.empty(),
                OptionalLong.empty(), 1, PushDelivery.Kind.TEST);
        log.add(d);
        listeners.forEach(l -> l.accept(d));
        return d;
    }

    @Override
    public List<PushDelivery> recentDeliveries() {
        return List.copyOf(log);
    }

    @Override
    public AutoCloseable subscribe(Consumer<? super PushDelivery> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public List<Uplink> keptPayloads(int limit) {
        return List.copyOf(kept);
    }

    @Override
    public List<PushDelivery> repush(Uplink uplink) {
        repushed.add(uplink);
        kept.remove(uplink);
        return List.of(delivery(1, 99, OptionalInt.of(200)));
    }
}
