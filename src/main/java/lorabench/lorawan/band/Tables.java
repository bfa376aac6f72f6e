// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.ArrayList;
import java.util.List;

/// Small builders shared by the region definitions (package-private: the regions' literals are the data).
final class Tables {
    /// RX1DROffset 0..5 subtract 0..5 (EU-like bands).
    static final int[] OFFSETS_0_TO_5 = {0, 1, 2, 3, 4, 5};
    /// RX1DROffset 0..7 where 6 and 7 mean -1 and -2 (AS923, IN865).
    static final int[] OFFSETS_WITH_NEGATIVE = {0, 1, 2, 3, 4, 5, -1, -2};
    /// LoRaWAN's FSK data rate: 50 kbit/s.
    static final DataRate FSK_50K = new DataRate.Fsk(50_000);

    private Tables() {
    }

    static DataRateSpec lora(int sf, Bandwidth bw, PayloadLimits limits) {
        return new DataRateSpec(new DataRate.LoRa(sf, bw), limits);
    }

    static DataRateSpec fsk(PayloadLimits limits) {
        return new DataRateSpec(FSK_50K, limits);
    }

    static DataRateSpec lrFhss(int ocwHz, LrFhssCodingRate cr, PayloadLimits limits) {
        return new DataRateSpec(new DataRate.LrFhss(ocwHz, cr), limits);
    }

    /// {@return `count` channels at `firstHz + i × stepHz`, each allowing DR`minDr`..DR`maxDr`}
    static List<Channel> channels(long firstHz, long stepHz, int count, int minDr, int maxDr) {
        List<Channel> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Channel(firstHz + i * stepHz, minDr, maxDr));
        }
        return out;
    }

    static List<Long> frequencies(long firstHz, long stepHz, int count) {
        return Rx1Frequency.channels(firstHz, stepHz, count).downlinkChannelsHz();
    }

    @SafeVarargs
    static <T> List<T> concat(List<? extends T>... lists) {
        List<T> out = new ArrayList<>();
        for (List<? extends T> l : lists) {
            out.addAll(l);
        }
        return List.copyOf(out);
    }
}
