// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.mac.MacCommand.LinkAdrReq;
import lorabench.sim.device.DeviceState.ChannelState;

/// ChMask and ChMaskCntl of LinkADRReq applied per the band's scheme (RP002-1.0.4 "LinkAdrReq command" sections):
/// SIXTEEN (EU-like: 0 applies the mask to channels 0..15, 6 enables every defined channel), US_72 (0..3: blocks
/// of 16 × 125 kHz channels, 4: the 500 kHz channels 64..71, 5: bits 0..7 enable banks of eight 125 kHz channels,
/// 6/7: all 125 kHz channels on/off and the mask to channels 64..71) and CN_64 (0..3 blocks of 16, 6 all on).
final class ChannelMask {
    private ChannelMask() {
    }

    /// {@return the enabled flags after applying the block of commands in order}, empty when a ChMaskCntl is RFU or
    /// the mask enables an undefined channel
    static Optional<boolean[]> apply(Band band, List<ChannelState> channels, List<LinkAdrReq> block) {
        boolean[] on = new boolean[Math.max(channels.size(), band.chMaskScheme().channels())];
        for (int i = 0; i < channels.size(); i++) {
            on[i] = channels.get(i).enabled();
        }
        for (LinkAdrReq r : block) {
            if (!applyOne(band, channels, on, r.chMaskCntl(), r.chMask())) {
                return Optional.empty();
            }
        }
        return Optional.of(on);
    }

    private static boolean applyOne(Band band, List<ChannelState> ch, boolean[] on, int cntl, int mask) {
        switch (band.chMaskScheme()) {
            case SIXTEEN -> {
                if (cntl == 0) {
                    return setBlock(ch, on, 0, mask);
                } else if (cntl == 6) {
                    for (int i = 0; i < ch.size(); i++) {
                        on[i] = ch.get(i).frequencyHz() > 0;
                    }
                    return true;
                }
                return false;
            }
            case US_72 -> {
                if (cntl <= 4) {
                    return setBlock(ch, on, 16 * cntl, cntl == 4 ? mask & 0xFF : mask);
                } else if (cntl == 5) {
                    for (int bank = 0; bank < 8; bank++) {
                        for (int i = 0; i < 8; i++) {
                            on[bank * 8 + i] = (mask >> bank & 1) != 0;
                        }
                    }
                    return true;
                } else if (cntl == 6 || cntl == 7) {
                    for (int i = 0; i < 64; i++) {
                        on[i] = cntl == 6;
                    }
                    return setBlock(ch, on, 64, mask & 0xFF);
                }
                return false;
            }
            case CN_64 -> {
                if (cntl <= 3) {
                    return setBlock(ch, on, 16 * cntl, mask);
                } else if (cntl == 6) {
                    java.util.Arrays.fill(on, 0, Math.min(64, on.length), true);
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    private static boolean setBlock(List<ChannelState> ch, boolean[] on, int first, int mask) {
        for (int i = 0; i < 16 && first + i < on.length; i++) {
            boolean bit = (mask >> i & 1) != 0;
            if (bit && (first + i >= ch.size() || ch.get(first + i).frequencyHz() == 0)) {
                return false;
            }
            on[first + i] = bit;
        }
        return true;
    }

    /// {@return the channels with the flags applied}
    static List<ChannelState> withEnabled(List<ChannelState> channels, boolean[] on) {
        List<ChannelState> out = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ChannelState c = channels.get(i);
            out.add(new ChannelState(c.frequencyHz(), c.minDr(), c.maxDr(), c.downlinkFrequencyHz(), on[i]));
        }
        return out;
    }
}
