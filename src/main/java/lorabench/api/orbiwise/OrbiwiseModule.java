// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise;

import io.javalin.config.JavalinConfig;
import java.time.InstantSource;
import lorabench.api.http.HttpModule;
import lorabench.api.orbiwise.rest.OwRest;
import lorabench.server.NetworkServerRuntime;
import lorabench.store.Database;

/// The OrbiWise OrbiWAN REST API (seed 004) as an [HttpModule]: routes under `/rest/`, authenticated by OrbiWAN's
/// own scheme (HTTP Basic or OAuth2 Bearer), so the server's `/api/*` Basic filter does not apply.
public final class OrbiwiseModule implements HttpModule {
    private final OwRest rest;

    private OrbiwiseModule(OwRest rest) {
        this.rest = rest;
    }

    public static OrbiwiseModule create(Database db, InstantSource clock, NetworkServerRuntime server,
            OrbiwiseSettings settings) {
        return new OrbiwiseModule(OwRest.create(db, clock, server, settings));
    }

    /// {@return which account owns a device and which application sub-accounts see it} (for push mode)
    public OwAccounts accounts() {
        return rest.accounts();
    }

    @Override
    public void register(JavalinConfig cfg) {
        rest.register(cfg);
    }
}
