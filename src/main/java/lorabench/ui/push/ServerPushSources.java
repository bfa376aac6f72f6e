// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import lorabench.api.orbiwise.push.OrbiwisePushModule;
import lorabench.app.LoraBenchServer;
import lorabench.server.push.PushDelivery;
import lorabench.server.push.PushEngine;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Page;
import lorabench.store.PushStatus;
import lorabench.store.PushTarget;
import lorabench.store.Uplink;
import lorabench.store.UplinkQuery;
import lorabench.store.UplinkRepository;

/// [PushSources] over a running [LoraBenchServer]: its OrbiWAN push module's [PushEngine] and its store.
public final class ServerPushSources implements PushSources {
    private final PushEngine engine;
    private final AccountRepository accounts;
    private final UplinkRepository uplinks;

    ServerPushSources(PushEngine engine, AccountRepository accounts, UplinkRepository uplinks) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.uplinks = Objects.requireNonNull(uplinks, "uplinks");
    }

    /// {@return the sources of `server`}, empty when it runs without the OrbiWAN push module
    public static Optional<PushSources> of(LoraBenchServer server) {
        Objects.requireNonNull(server, "server");
        return server.module(OrbiwisePushModule.class).map(OrbiwisePushModule::engine)
                .map(e -> new ServerPushSources(e, new AccountRepository(server.database()),
                        new UplinkRepository(server.database())));
    }

    @Override
    public List<Account> accounts() {
        return accounts.list(Page.first(Page.MAX_LIMIT));
    }

    @Override
    public List<PushTarget> targets(long accountId) {
        return engine.targets(accountId);
    }

    @Override
    public PushTarget save(PushTarget target) {
        return engine.save(target);
    }

    @Override
    public PushDelivery sendTest(PushTarget target) {
        return engine.sendTest(target);
    }

    @Override
    public List<PushDelivery> recentDeliveries() {
        return engine.log().recent();
    }

    @Override
    public AutoCloseable subscribe(Consumer<? super PushDelivery> listener) {
        return engine.log().subscribe(listener);
    }

    @Override
    public List<Uplink> keptPayloads(int limit) {
        return uplinks.listNewestFirst(UplinkQuery.all(), Page.first(Math.min(limit, Page.MAX_LIMIT))).stream()
                .filter(u -> u.pushStatus() == PushStatus.FAILED).toList();
    }

    @Override
    public List<PushDelivery> repush(Uplink uplink) {
        return engine.repush(uplink, true);
    }
}
