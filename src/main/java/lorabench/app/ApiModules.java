// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.util.List;
import lorabench.api.http.HttpModule;

/// The northbound interfaces served on the HTTP port, in the order their routes are registered. Each one is built
/// from the [AppContext] and closed with the server.
final class ApiModules {
    private ApiModules() {}

    /// Builds one interface's routes.
    @FunctionalInterface
    interface Factory {
        HttpModule create(AppContext context);
    }

    /// {@return every interface LoRaBench serves}
    static List<Factory> all() {
        return List.of(
                SimControl::create,
                c -> lorabench.api.orbiwise.OrbiwiseModule.create(c.database(), c.scheduler(), c.server(),
                        c.options().orbiwise()),
                ctx -> lorabench.api.orbiwise.push.OrbiwisePushModule.create(ctx.database(), ctx.server().events(),
                        ctx.scheduler(), lorabench.server.push.PushEngineConfig.DEFAULT,
                        java.util.Optional.of(ctx.server().applicationJoins())));
    }
}
