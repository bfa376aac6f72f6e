// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Optional;
import lorabench.api.http.HttpModule;
import lorabench.api.orbiwise.decoder.DecoderService;
import lorabench.clock.TaskScheduler;
import lorabench.server.account.Authenticator;
import lorabench.server.event.ServerEvents;
import lorabench.server.join.ApplicationJoin;
import lorabench.server.push.PushEngine;
import lorabench.server.push.PushEngineConfig;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.GroupRepository;

/// OrbiWAN push mode (seed §Push Mode Callbacks … §Push Customization): a [PushEngine] with the OrbiWAN
/// [OwCallbackFormatter] and [OwRecipients], and the `/rest/pushmode/*` routes of [OwPushRoutes]. Closing it stops
/// the engine.
public final class OrbiwisePushModule implements HttpModule, AutoCloseable {
    private final PushEngine engine;
    private final OwPushRoutes routes;
    private Optional<OwPushLookups> lookups = Optional.empty();
    private Optional<ApplicationJoin.Slot> joinSlot = Optional.empty();
    private Optional<OwJoinCallback> joinCallback = Optional.empty();

    public OrbiwisePushModule(PushEngine engine, PushAuth auth, Database db, TaskScheduler clock) {
        this.engine = engine;
        this.routes = new OwPushRoutes(engine, auth, db, clock);
    }

    /// {@return a module on the server's events and store}, authenticating with [BasicPushAuth]
    public static OrbiwisePushModule create(Database db, ServerEvents events, TaskScheduler scheduler,
            PushEngineConfig config) {
        return create(db, events, scheduler, config, Optional.empty());
    }

    /// {@return a module on the server's events and store} that also answers, in `joins`, the join-requests of
    /// devices without AppKey through the applications' `join` callback ([OwJoinCallback])
    public static OrbiwisePushModule create(Database db, ServerEvents events, TaskScheduler scheduler,
            PushEngineConfig config, Optional<ApplicationJoin.Slot> joins) {
        var lookups = new OwPushLookups(db, new DecoderService());
        var recipients = new OwRecipients(lookups.cache(), new GroupRepository(db));
        PushEngine engine = new PushEngine(config, db, events, scheduler, new OwCallbackFormatter(lookups),
                recipients);
        var module = new OrbiwisePushModule(engine,
                new BasicPushAuth(new Authenticator(db), new AccountRepository(db)), db, scheduler);
        module.lookups = Optional.of(lookups);
        joins.ifPresent(slot -> module.installJoins(slot,
                new OwJoinCallback(engine, recipients, lookups, OwJoinCallback.DEADLINE)));
        return module;
    }

    private void installJoins(ApplicationJoin.Slot slot, OwJoinCallback callback) {
        slot.install(callback);
        this.joinSlot = Optional.of(slot);
        this.joinCallback = Optional.of(callback);
    }

    /// {@return the push engine}: delivery log, live stream and "send test push" for the GUI
    public PushEngine engine() {
        return engine;
    }

    @Override
    public void register(JavalinConfig cfg) {
        routes.register(cfg);
    }

    @Override
    public List<String> ownAuthPrefixes() {
        return List.of();
    }

    @Override
    public void close() {
        joinSlot.ifPresent(s -> joinCallback.ifPresent(s::remove));
        engine.close();
        lookups.ifPresent(OwPushLookups::close);
    }
}
