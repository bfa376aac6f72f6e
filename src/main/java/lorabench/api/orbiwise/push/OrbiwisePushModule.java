// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import io.javalin.config.JavalinConfig;
import java.util.List;
import lorabench.api.http.HttpModule;
import lorabench.api.orbiwise.decoder.DecoderService;
import lorabench.clock.TaskScheduler;
import lorabench.server.account.Authenticator;
import lorabench.server.event.ServerEvents;
import lorabench.server.push.PushEngine;
import lorabench.server.push.PushEngineConfig;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DeviceRepository;
import lorabench.store.GroupRepository;

/// OrbiWAN push mode (seed §Push Mode Callbacks … §Push Customization): a [PushEngine] with the OrbiWAN
/// [OwCallbackFormatter] and [OwRecipients], and the `/rest/pushmode/*` routes of [OwPushRoutes]. Closing it stops
/// the engine.
public final class OrbiwisePushModule implements HttpModule, AutoCloseable {
    private final PushEngine engine;
    private final OwPushRoutes routes;

    public OrbiwisePushModule(PushEngine engine, PushAuth auth, Database db, TaskScheduler clock) {
        this.engine = engine;
        this.routes = new OwPushRoutes(engine, auth, db, clock);
    }

    /// {@return a module on the server's events and store}, authenticating with [BasicPushAuth]
    public static OrbiwisePushModule create(Database db, ServerEvents events, TaskScheduler scheduler,
            PushEngineConfig config) {
        var lookups = new OwPushLookups(db, new DecoderService());
        PushEngine engine = new PushEngine(config, db, events, scheduler, new OwCallbackFormatter(lookups),
                new OwRecipients(new DeviceRepository(db), new AccountRepository(db), new GroupRepository(db)));
        return new OrbiwisePushModule(engine,
                new BasicPushAuth(new Authenticator(db), new AccountRepository(db)), db, scheduler);
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
        engine.close();
    }
}
