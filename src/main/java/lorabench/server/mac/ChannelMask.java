// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import lorabench.lorawan.band.ChMaskScheme;
import lorabench.lorawan.band.Channel;

/// The ChMask / ChMaskCntl fields of LinkADRReq for each [ChMaskScheme] (LoRaWAN L2 1.0.4 §5.3.1, RP002-1.0.4
/// "LinkAdrReq command" of EU868, US915, CN470): [#encode] finds the shortest block of LinkADRReq masks that turns the
/// device's enabled channels into the wanted set, [#apply] does what the device does with a block.
final class ChannelMask {
    /// One LinkADRReq's channel-mask fields.
    record Block(int chMask, int chMaskCntl) {}

    private ChannelMask() {}

    /// {@return the LinkADRReq masks, in order, that make `target` the enabled set of a device whose enabled set is
    /// `current`}; never empty (a LinkADRReq always carries a mask, so an unchanged set is sent again)
    static List<Block> encode(ChMaskScheme scheme, SortedSet<Integer> current, SortedSet<Integer> target) {
        return switch (scheme) {
            case SIXTEEN -> List.of(new Block(bits(target, 0, 16), 0));
            case US_72 -> us72(current, target);
            case CN_64 -> cn64(current, target);
        };
    }

    /// US915/AU915: all 64 narrow channels on uses ChMaskCntl 6; otherwise the shorter of "ChMaskCntl 7 (all narrow
    /// channels off) then the 16-channel blocks that have channels on" and "only the blocks that change".
    private static List<Block> us72(SortedSet<Integer> current, SortedSet<Integer> target) {
        int wide = bits(target, 64, 8);
        if (target.subSet(0, 64).size() == 64) {
            return List.of(new Block(wide, 6));
        }
        List<Block> fromOff = new ArrayList<>(List.of(new Block(wide, 7)));
        for (int b = 0; b < 4; b++) {
            if (bits(target, 16 * b, 16) != 0) {
                fromOff.add(new Block(bits(target, 16 * b, 16), b));
            }
        }
        List<Block> changed = changedBlocks(current, target, 5);
        return changed.size() < fromOff.size() ? changed : fromOff;
    }

    private static List<Block> cn64(SortedSet<Integer> current, SortedSet<Integer> target) {
        if (target.subSet(0, 64).size() == 64) {
            return List.of(new Block(0, 6));
        }
        return changedBlocks(current, target, 4);
    }

    /// {@return a block per 16-channel group whose bits differ}, or the first group with channels on when none do
    private static List<Block> changedBlocks(SortedSet<Integer> current, SortedSet<Integer> target, int groups) {
        List<Block> out = new ArrayList<>();
        int firstOn = -1;
        for (int b = 0; b < groups; b++) {
            int want = bits(target, 16 * b, 16);
            if (firstOn < 0 && want != 0) {
                firstOn = b;
            }
            if (want != bits(current, 16 * b, 16)) {
                out.add(new Block(want, b));
            }
        }
        if (out.isEmpty()) {
            int b = Math.max(firstOn, 0);
            out.add(new Block(bits(target, 16 * b, 16), b));
        }
        return out;
    }

    /// {@return the enabled set after a device applies `blocks` in order to `current`}, empty when a block uses an
    /// RFU ChMaskCntl, enables a channel the device does not define, or leaves no channel enabled (the device
    /// answers Channel mask ACK = 0 and changes nothing)
    static Optional<SortedSet<Integer>> apply(ChMaskScheme scheme, List<Channel> defined, SortedSet<Integer> current,
                                              List<Block> blocks) {
        SortedSet<Integer> set = new TreeSet<>(current);
        for (Block b : blocks) {
            boolean ok = switch (scheme) {
                case SIXTEEN -> sixteen(set, defined, b);
                case US_72 -> us72(set, b);
                case CN_64 -> cn64(set, b);
            };
            if (!ok) {
                return Optional.empty();
            }
        }
        for (int ch : set) {
            if (ch >= defined.size() || defined.get(ch) == null) {
                return Optional.empty();
            }
        }
        return set.isEmpty() ? Optional.empty() : Optional.of(set);
    }

    private static boolean sixteen(SortedSet<Integer> set, List<Channel> defined, Block b) {
        switch (b.chMaskCntl()) {
            case 0 -> replace(set, 0, 16, b.chMask());
            case 6 -> {
                set.clear();
                for (int i = 0; i < defined.size(); i++) {
                    if (defined.get(i) != null) {
                        set.add(i);
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean us72(SortedSet<Integer> set, Block b) {
        int c = b.chMaskCntl();
        if (c <= 3) {
            replace(set, 16 * c, 16, b.chMask());
        } else if (c == 4) {
            replace(set, 64, 8, b.chMask());
        } else if (c == 5) {
            // RP002: bit i enables the bank of 125 kHz channels 8i..8i+7 and the 500 kHz channel 64+i.
            set.clear();
            for (int i = 0; i < 8; i++) {
                if ((b.chMask() >> i & 1) != 0) {
                    replace(set, 8 * i, 8, 0xFF);
                    set.add(64 + i);
                }
            }
        } else {
            replace(set, 0, 64, c == 6 ? -1 : 0);
            replace(set, 64, 8, b.chMask());
        }
        return true;
    }

    private static boolean cn64(SortedSet<Integer> set, Block b) {
        int c = b.chMaskCntl();
        if (c <= 3) {
            replace(set, 16 * c, 16, b.chMask());
            return true;
        }
        if (c == 6) {
            replace(set, 0, 64, -1);
            return true;
        }
        return false;
    }

    /// Sets channels `from .. from+count-1` to the bits of `mask` (bit i for channel from+i; -1 sets all).
    private static void replace(SortedSet<Integer> set, int from, int count, long mask) {
        for (int i = 0; i < count; i++) {
            if (mask == -1 || (mask >> i & 1) != 0) {
                set.add(from + i);
            } else {
                set.remove(from + i);
            }
        }
    }

    private static int bits(SortedSet<Integer> set, int from, int count) {
        int v = 0;
        for (int ch : set.subSet(from, from + count)) {
            v |= 1 << (ch - from);
        }
        return v;
    }
}
