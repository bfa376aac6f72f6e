// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.Objects;

/// Where the virtual gateways send their traffic.
public sealed interface NetworkServer {
    /// The network server in this JVM (an in-memory gateway link in virtual time, UDP on loopback in real time).
    record Embedded() implements NetworkServer {}

    /// Any Semtech UDP packet-forwarder endpoint, e.g. ChirpStack's gateway bridge on port 1700.
    record Udp(String host, int port) implements NetworkServer {
        public Udp {
            Objects.requireNonNull(host, "host");
            if (host.isBlank() || port < 1 || port > 65535) {
                throw new IllegalArgumentException("network server must be host:port with a port 1..65535");
            }
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /// Parses `embedded` or `host:port` (`[v6]:port` for IPv6 literals).
    static NetworkServer parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("embedded")) {
            return new Embedded();
        }
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw new IllegalArgumentException("must be \"embedded\" or host:port like \"127.0.0.1:1700\"");
        }
        String host = t.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(t.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port '" + t.substring(colon + 1) + "' is not a number", e);
        }
        return new Udp(host, port);
    }
}
