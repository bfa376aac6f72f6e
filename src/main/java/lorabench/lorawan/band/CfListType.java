// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// The CFList type of a join-accept (LoRaWAN L2 1.0.4 §6.2.3, RP002-1.0.4 §2.x "CFList").
public enum CfListType {
    /// Type 0: five extra channel frequencies (EU-like bands).
    FREQUENCIES(0),
    /// Type 1: channel masks (US-like bands, from RP002-1.0.0 on).
    CHANNEL_MASK(1),
    /// The band defines no CFList; a join-accept carries none (US915 and AU915 in 1.0.2rA/rB: TTS
    /// `*_rp1_v1_0_2*.go` have `ImplementsCFList: false`; from 1.0.3rA on these bands use type 1).
    NONE(-1);

    private final int code;

    CfListType(int code) {
        this.code = code;
    }

    /// {@return the CFListType byte}
    /// @throws IllegalStateException for [#NONE], which is never sent
    public int code() {
        if (this == NONE) {
            throw new IllegalStateException("a band without CFList has no CFListType code");
        }
        return code;
    }
}
