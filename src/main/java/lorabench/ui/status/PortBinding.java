// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.status;

import java.util.Objects;

/// One listening endpoint of the server, e.g. `HTTP 8090` or `UDP 1700`.
public record PortBinding(String protocol, int port) {
    public PortBinding {
        Objects.requireNonNull(protocol, "protocol");
        if (protocol.isBlank()) {
            throw new IllegalArgumentException("protocol must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    @Override
    public String toString() {
        return protocol + " " + port;
    }
}
