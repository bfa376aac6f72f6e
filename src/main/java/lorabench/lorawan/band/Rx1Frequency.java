// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.List;

/// How the RX1 frequency follows the uplink (RP002-1.0.4 "RX1 receive window"): the uplink frequency itself when
/// `downlinkChannelsHz` is empty (EU-like bands), otherwise downlink channel `uplinkChannel mod size` (US915/AU915:
/// 923.3 MHz + 600 kHz × (channel mod 8); CN470: the downlink channel of the same index).
public record Rx1Frequency(List<Long> downlinkChannelsHz) {
    public static final Rx1Frequency SAME_AS_UPLINK = new Rx1Frequency(List.of());

    public Rx1Frequency {
        downlinkChannelsHz = List.copyOf(downlinkChannelsHz);
    }

    /// {@return `count` downlink channels `firstHz + i × stepHz`}
    public static Rx1Frequency channels(long firstHz, long stepHz, int count) {
        return new Rx1Frequency(java.util.stream.LongStream.range(0, count).map(i -> firstHz + i * stepHz).boxed()
                .toList());
    }

    public boolean sameAsUplink() {
        return downlinkChannelsHz.isEmpty();
    }
}
