// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;

/// The frame header: DevAddr, FCtrl, the 16 low bits of FCnt as on air, and FOpts (LoRaWAN L2 1.0.4 §4.3.1).
/// FOpts stays raw bytes here: it is encrypted in LoRaWAN 1.1 and becomes MAC commands only after decryption
/// (`MacCommandCodec.decode`).
public record FHdr(DevAddr devAddr, FCtrl fCtrl, int fCnt, Bytes fOpts) {
    public FHdr {
        Objects.requireNonNull(devAddr, "devAddr");
        Objects.requireNonNull(fCtrl, "fCtrl");
        Objects.requireNonNull(fOpts, "fOpts");
        if (fCnt < 0 || fCnt > 0xFFFF) {
            throw new IllegalArgumentException("FCnt on air is 16 bits, got " + fCnt);
        }
        if (fOpts.size() != fCtrl.fOptsLen()) {
            throw new IllegalArgumentException("FOptsLen " + fCtrl.fOptsLen() + " does not match the "
                    + fOpts.size() + " FOpts bytes");
        }
    }

    /// {@return a header whose FOptsLen is set from `fOpts`} (the FOptsLen in `flags` is ignored)
    public static FHdr of(DevAddr devAddr, FCtrl flags, int fCnt, Bytes fOpts) {
        if (fOpts.size() > 15) {
            throw new IllegalArgumentException("FOpts holds at most 15 bytes, got " + fOpts.size());
        }
        return new FHdr(devAddr, flags.withFOptsLen(fOpts.size()), fCnt, fOpts);
    }

    /// {@return this header with other FOpts}, FOptsLen adjusted
    public FHdr withFOpts(Bytes newFOpts) {
        return of(devAddr, fCtrl, fCnt, newFOpts);
    }

    public FHdr withFCnt(int newFCnt) {
        return new FHdr(devAddr, fCtrl, newFCnt, fOpts);
    }

    public FHdr withFCtrl(FCtrl flags) {
        return of(devAddr, flags, fCnt, fOpts);
    }
}
