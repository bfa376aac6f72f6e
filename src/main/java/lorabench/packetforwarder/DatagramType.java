// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

/// The identifier byte (byte 3) of a datagram, `PROTOCOL.TXT` §3–5.
public enum DatagramType {
    PUSH_DATA(0x00, true),
    PUSH_ACK(0x01, false),
    PULL_DATA(0x02, true),
    PULL_RESP(0x03, false),
    PULL_ACK(0x04, false),
    TX_ACK(0x05, true);

    private static final DatagramType[] BY_CODE = values();

    private final int code;
    private final boolean carriesGatewayEui;

    DatagramType(int code, boolean carriesGatewayEui) {
        this.code = code;
        this.carriesGatewayEui = carriesGatewayEui;
    }

    public int code() {
        return code;
    }

    /// {@return whether bytes 4–11 hold the gateway EUI} (PUSH_DATA, PULL_DATA and TX_ACK)
    public boolean carriesGatewayEui() {
        return carriesGatewayEui;
    }

    /// {@return the header length in bytes}: 12 with a gateway EUI, 4 without
    public int headerLength() {
        return carriesGatewayEui ? 12 : 4;
    }

    /// {@return the type of identifier `code`}
    /// @throws IllegalArgumentException for an unknown identifier
    public static DatagramType fromCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("unknown datagram identifier " + code);
        }
        return BY_CODE[code];
    }
}
