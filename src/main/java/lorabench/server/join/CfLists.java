// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.CfListType;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.types.Bytes;

/// The CFList of a join-accept (L2 1.0.4 §6.2.5; RP002-1.0.4 "CFList" of each band).
///
/// Type 0 (EU-like): the band's default channels beyond the first three (which every device knows), up to five
/// frequencies in units of 100 Hz, 3 bytes little-endian each; no CFList when there are none (EU868 itself).
/// Type 1 (US-like): the ChMask of the enabled sub-band: its eight 125 kHz channels and the 500 kHz channel of the
/// same index (64 + sub-band - 1), then RFU, CFListType 1.
public final class CfLists {
    private CfLists() {}

    /// The CFList bytes and the channels it adds to the device's list.
    public record CfList(Bytes bytes, List<Channel> addedChannels) {}

    public static Optional<CfList> of(Band band, int subBand) {
        if (band.cfListType() == CfListType.NONE) {
            return Optional.empty(); // US915/AU915 of 1.0.2rA/rB: the band has no CFList
        }
        byte[] b = new byte[16];
        if (band.cfListType() == CfListType.FREQUENCIES) {
            List<Channel> extra = band.defaultChannels().size() > 3
                    ? band.defaultChannels().subList(3, Math.min(8, band.defaultChannels().size())) : List.of();
            if (extra.isEmpty()) {
                return Optional.empty();
            }
            for (int i = 0; i < extra.size(); i++) {
                long f = extra.get(i).frequencyHz() / 100;
                b[3 * i] = (byte) f;
                b[3 * i + 1] = (byte) (f >> 8);
                b[3 * i + 2] = (byte) (f >> 16);
            }
            b[15] = (byte) CfListType.FREQUENCIES.code();
            return Optional.of(new CfList(Bytes.of(b), List.of()));
        }
        int first = (subBand - 1) * 8; // 125 kHz channels first..first+7: ChMask bits, 16 per 2-byte block
        for (int ch = first; ch < first + 8; ch++) {
            b[ch / 8] |= (byte) (1 << (ch % 8));
        }
        int wide = 64 + subBand - 1;
        if (band.maxChannels() > wide) {
            b[wide / 8] |= (byte) (1 << (wide % 8));
        }
        b[15] = (byte) CfListType.CHANNEL_MASK.code();
        return Optional.of(new CfList(Bytes.of(b), List.of()));
    }
}
