// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// The CFList type of a join-accept (LoRaWAN L2 1.0.4 §6.2.3, RP002-1.0.4 §2.x "CFList").
public enum CfListType {
    /// Type 0: five extra channel frequencies (EU-like bands).
    FREQUENCIES(0),
    /// Type 1: channel masks (US-like bands).
    CHANNEL_MASK(1);

    private final int code;

    CfListType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
