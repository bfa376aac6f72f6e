// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// What [UdpGatewayServer] knows of a gateway that has sent at least one valid datagram.
///
/// @param gateway the gateway EUI
/// @param pullAddress where its last PULL_DATA came from: the downlink path (`PROTOCOL.TXT` §5.2); empty until
///                    the first PULL_DATA
/// @param lastSeen when its last valid datagram arrived
/// @param version the protocol version of its last datagram, used for the server's answers
public record KnownGateway(Eui64 gateway, Optional<InetSocketAddress> pullAddress, Instant lastSeen,
        ProtocolVersion version) {

    public KnownGateway {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(pullAddress, "pullAddress");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(version, "version");
    }
}
