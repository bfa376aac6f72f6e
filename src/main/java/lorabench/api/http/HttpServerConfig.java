// SPDX-License-Identifier: Apache-2.0
package lorabench.api.http;

import java.util.Objects;

/// Where the HTTP server listens: 127.0.0.1 by default (DESIGN.md), port 8090 by default, 0 for any free port.
public record HttpServerConfig(String host, int port) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8090;

    public HttpServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
    }

    public static HttpServerConfig loopback(int port) {
        return new HttpServerConfig(LOOPBACK, port);
    }
}
