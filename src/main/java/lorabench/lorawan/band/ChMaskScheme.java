// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// How LinkADRReq ChMask/ChMaskCntl address the channels (RP002-1.0.4 "LinkADRReq command" of each band).
public enum ChMaskScheme {
    /// 16 channels; ChMaskCntl 0 applies ChMask, 6 enables all defined channels.
    SIXTEEN(16),
    /// 64 × 125 kHz + 8 × 500 kHz (US915, AU915); ChMaskCntl 0..4 select a 16-channel block, 5 enables banks of
    /// 8 channels, 6 enables all 125 kHz channels, 7 disables them.
    US_72(72),
    /// 64 channels of a CN470 plan; ChMaskCntl 0..3 select a 16-channel block, 6 enables all channels.
    CN_64(64);

    private final int channels;

    ChMaskScheme(int channels) {
        this.channels = channels;
    }

    public int channels() {
        return channels;
    }
}
