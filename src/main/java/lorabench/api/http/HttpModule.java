// SPDX-License-Identifier: Apache-2.0
package lorabench.api.http;

import io.javalin.config.JavalinConfig;
import java.util.List;

/// One northbound API (OrbiWAN, the simulator's `/api/sim`, ...) contributing its routes to the shared
/// [HttpServer]. Routes are declared on `cfg.routes` (Javalin 7 has no routes on the started app).
public interface HttpModule {
    /// Declares this module's routes (and exception handlers) on `cfg`.
    void register(JavalinConfig cfg);

    /// {@return path prefixes under `/api/` that this module authenticates itself}, with its vendor's scheme; the
    /// server's HTTP Basic check skips them
    default List<String> ownAuthPrefixes() {
        return List.of();
    }
}
