// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Optional;
import lorabench.lorawan.types.Direction;

/// The message type, bits 7..5 of the MHDR (LoRaWAN L2 1.0.4 §4.2.1, L2 1.1 §4.2.1). Code 6 is RFU in 1.0.x and
/// the rejoin-request in 1.1; it is always decoded as a rejoin-request here.
public enum MType {
    JOIN_REQUEST(0, "JoinRequest", Direction.UPLINK),
    JOIN_ACCEPT(1, "JoinAccept", Direction.DOWNLINK),
    UNCONFIRMED_DATA_UP(2, "UnconfirmedDataUp", Direction.UPLINK),
    UNCONFIRMED_DATA_DOWN(3, "UnconfirmedDataDown", Direction.DOWNLINK),
    CONFIRMED_DATA_UP(4, "ConfirmedDataUp", Direction.UPLINK),
    CONFIRMED_DATA_DOWN(5, "ConfirmedDataDown", Direction.DOWNLINK),
    REJOIN_REQUEST(6, "RejoinRequest", Direction.UPLINK),
    /// Proprietary frames may travel either way, so they have no direction.
    PROPRIETARY(7, "Proprietary", null);

    private static final MType[] BY_BITS = new MType[8];

    static {
        for (MType t : values()) {
            BY_BITS[t.bits] = t;
        }
    }

    private final int bits;
    private final String specName;
    private final Direction direction;

    MType(int bits, String specName, Direction direction) {
        this.bits = bits;
        this.specName = specName;
        this.direction = direction;
    }

    /// {@return the type with wire code `bits`} (0..7; every code is defined)
    /// @throws IllegalArgumentException when `bits` is outside 0..7
    public static MType fromBits(int bits) {
        if (bits < 0 || bits > 7) {
            throw new IllegalArgumentException("MType is 3 bits, got " + bits);
        }
        return BY_BITS[bits];
    }

    /// {@return the 3-bit wire code}
    public int bits() {
        return bits;
    }

    /// {@return the CamelCase name the CLI prints}, e.g. `UnconfirmedDataUp`
    public String specName() {
        return specName;
    }

    /// {@return the direction of frames of this type}, empty for [#PROPRIETARY]
    public Optional<Direction> direction() {
        return Optional.ofNullable(direction);
    }

    /// {@return whether the frame carries a MACPayload (FHDR, FPort, FRMPayload)}
    public boolean isData() {
        return bits >= 2 && bits <= 5;
    }

    /// {@return whether this is a confirmed data frame}
    public boolean isConfirmed() {
        return this == CONFIRMED_DATA_UP || this == CONFIRMED_DATA_DOWN;
    }
}
