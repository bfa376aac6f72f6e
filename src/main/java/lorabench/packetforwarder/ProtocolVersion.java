// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

/// The protocol version byte (byte 0 of every datagram). `PROTOCOL.TXT` §3.2: "protocol version = 2".
public enum ProtocolVersion {
    V1(1),
    V2(2);

    private final int wire;

    ProtocolVersion(int wire) {
        this.wire = wire;
    }

    /// {@return the byte written on the wire}
    public int wire() {
        return wire;
    }

    /// {@return the version whose wire byte is `b`}
    /// @throws IllegalArgumentException for any other byte
    public static ProtocolVersion fromWire(int b) {
        return switch (b) {
            case 1 -> V1;
            case 2 -> V2;
            default -> throw new IllegalArgumentException("unknown protocol version " + b);
        };
    }
}
