// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.List;

/// The network server's view of a device's MAC layer, kept with its session (stored as JSON, so fields can be added
/// without a migration; a field missing in an older row reads as 0, false or an empty list).
///
/// `dataRate`, `txPowerIndex`, `nbTrans` and `enabledChannels` are what the last LinkADRReq set (L2 1.0.4 §5.3);
/// `rx1DrOffset`, `rx2DataRate`, `rx2FrequencyHz` the RXParamSetupReq values (§5.4); `rxDelaySeconds` the
/// RXTimingSetupReq value (§5.7); `extraChannels` those added with NewChannelReq (§5.6); `adrHistory` the recent
/// uplinks' link quality for the ADR algorithm.
public record MacState(int dataRate, int txPowerIndex, int nbTrans, List<Integer> enabledChannels, int rx1DrOffset,
        int rx2DataRate, long rx2FrequencyHz, int rxDelaySeconds, boolean adr, List<Channel> extraChannels,
        List<AdrSample> adrHistory) {

    /// A channel added by NewChannelReq.
    public record Channel(int index, long frequencyHz, int minDataRate, int maxDataRate) {}

    /// One uplink as ADR sees it: its frame counter, best SNR over the gateways that heard it, how many did.
    public record AdrSample(long fCnt, double maxSnr, int gatewayCount) {}

    public MacState {
        enabledChannels = enabledChannels == null ? List.of() : List.copyOf(enabledChannels);
        extraChannels = extraChannels == null ? List.of() : List.copyOf(extraChannels);
        adrHistory = adrHistory == null ? List.of() : List.copyOf(adrHistory);
    }

    /// {@return the state of a fresh session}: DR0, full power, one transmission, RX1 delay 1 s, the given RX2
    public static MacState initial(int rx2DataRate, long rx2FrequencyHz) {
        return new MacState(0, 0, 1, List.of(), 0, rx2DataRate, rx2FrequencyHz, 1, false, List.of(), List.of());
    }

    public MacState withDataRate(int dr, int txPower, int transmissions, List<Integer> channels) {
        return new MacState(dr, txPower, transmissions, channels, rx1DrOffset, rx2DataRate, rx2FrequencyHz,
                rxDelaySeconds, adr, extraChannels, adrHistory);
    }

    public MacState withAdrHistory(List<AdrSample> history) {
        return new MacState(dataRate, txPowerIndex, nbTrans, enabledChannels, rx1DrOffset, rx2DataRate,
                rx2FrequencyHz, rxDelaySeconds, adr, extraChannels, history);
    }
}
