// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

/// `codr`, the LoRa ECC coding rate identifier (`PROTOCOL.TXT` §4, §6).
///
/// `OFF` is what the Semtech forwarder writes for an undefined coding rate; the `LI` (long interleaver) rates are
/// the ones of the 2.4 GHz LoRa concentrators, as ChirpStack's gateway bridge accepts them.
public enum CodingRate {
    CR_4_5("4/5"),
    CR_4_6("4/6"),
    CR_4_7("4/7"),
    CR_4_8("4/8"),
    CR_4_5_LI("4/5LI"),
    CR_4_6_LI("4/6LI"),
    CR_4_8_LI("4/8LI"),
    OFF("OFF");

    private final String wire;

    CodingRate(String wire) {
        this.wire = wire;
    }

    /// {@return the identifier as written on the wire}, e.g. `4/5`
    public String wire() {
        return wire;
    }

    /// @throws IllegalArgumentException for an unknown identifier
    public static CodingRate fromWire(String text) {
        for (CodingRate c : values()) {
            if (c.wire.equals(text)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown coding rate '" + text + "'");
    }

    @Override
    public String toString() {
        return wire;
    }
}
