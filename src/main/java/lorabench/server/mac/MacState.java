// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.types.Bytes;

/// What the network believes about one device's MAC parameters (LoRaWAN L2 1.0.4 §5): the values it last
/// confirmed through MAC commands or the join-accept. Persisted with the device session (as [MacStateJson]).
///
/// @param dataRate        uplink data-rate index the device was last told to use (or was last seen using)
/// @param txPowerIndex    TXPower index (0 = max EIRP)
/// @param nbTrans         transmissions per uplink (1..15)
/// @param channels        every uplink channel the device knows, by channel index (band defaults, CFList,
///                        NewChannelReq); a null entry is an index the device does not define
/// @param enabledChannels indices of channels enabled by the last accepted channel mask
/// @param rx1DrOffset     RX1 data-rate offset
/// @param rx2DataRate     RX2 data-rate index
/// @param rx2FrequencyHz  RX2 frequency
/// @param rxDelaySeconds  RECEIVE_DELAY1 in seconds (1..15)
/// @param maxDutyCycle    the MaxDutyCycle field last accepted (0 = no limit beyond regulation)
/// @param adrHistory      the most recent uplink signal samples, oldest first, for ADR
/// @param pendingRequests network-initiated MAC requests (encoded, downlink direction) not yet answered
/// @param lastDevStatus   the last DevStatusAns, or null when none was received
public record MacState(int dataRate, int txPowerIndex, int nbTrans, List<Channel> channels,
                       List<Integer> enabledChannels, int rx1DrOffset, int rx2DataRate, long rx2FrequencyHz,
                       int rxDelaySeconds, int maxDutyCycle, List<AdrSample> adrHistory, Bytes pendingRequests,
                       DevStatus lastDevStatus) {

    public MacState {
        channels = java.util.Collections.unmodifiableList(new ArrayList<>(channels));
        enabledChannels = List.copyOf(enabledChannels);
        adrHistory = List.copyOf(adrHistory);
        Objects.requireNonNull(pendingRequests, "pendingRequests");
        if (nbTrans < 1 || nbTrans > 15) {
            throw new IllegalArgumentException("NbTrans must be 1..15, got " + nbTrans);
        }
        if (rxDelaySeconds < 1 || rxDelaySeconds > 15) {
            throw new IllegalArgumentException("RX delay must be 1..15 s, got " + rxDelaySeconds);
        }
    }

    /// One uplink's signal as the network saw it: the best gateway's SNR and how many gateways heard it.
    public record AdrSample(long fCnt, double maxSnr, int gatewayCount, int dataRate) {}

    /// The device's last DevStatusAns: battery (0 external power, 1..254 level, 255 unknown) and SNR margin.
    public record DevStatus(int battery, int margin, java.time.Instant receivedAt) {}

    /// {@return the state of a freshly activated device in `band`}: default channels all enabled, RX parameters
    /// from the band (RX1 delay from the band's RECEIVE_DELAY1), lowest uplink data rate, max power, NbTrans 1.
    public static MacState initial(Band band) {
        List<Integer> enabled = new ArrayList<>();
        for (int i = 0; i < band.defaultChannels().size(); i++) {
            enabled.add(i);
        }
        return new MacState(band.uplinkDrs().min(), 0, 1, band.defaultChannels(), enabled, 0,
                band.rx2().dataRate(), band.rx2().frequencyHz(),
                (int) band.timing().receiveDelay1().toSeconds(), 0, List.of(), Bytes.EMPTY, null);
    }

    /// {@return the state after a join-accept carrying these settings}
    public static MacState afterJoin(Band band, int rx1DrOffset, int rx2DataRate, int rxDelaySeconds,
                                     List<Channel> cfListChannels) {
        MacState s = initial(band);
        List<Channel> channels = new ArrayList<>(s.channels());
        List<Integer> enabled = new ArrayList<>(s.enabledChannels());
        for (Channel c : cfListChannels) {
            enabled.add(channels.size());
            channels.add(c);
        }
        return new MacState(s.dataRate(), 0, 1, channels, enabled, rx1DrOffset, rx2DataRate, s.rx2FrequencyHz(),
                Math.max(1, rxDelaySeconds), 0, List.of(), Bytes.EMPTY, null);
    }

    public MacState withDataRate(int dr) {
        return new MacState(dr, txPowerIndex, nbTrans, channels, enabledChannels, rx1DrOffset, rx2DataRate,
                rx2FrequencyHz, rxDelaySeconds, maxDutyCycle, adrHistory, pendingRequests, lastDevStatus);
    }

    public MacState withAdrHistory(List<AdrSample> history) {
        return new MacState(dataRate, txPowerIndex, nbTrans, channels, enabledChannels, rx1DrOffset, rx2DataRate,
                rx2FrequencyHz, rxDelaySeconds, maxDutyCycle, history, pendingRequests, lastDevStatus);
    }

    public MacState withPendingRequests(Bytes pending) {
        return new MacState(dataRate, txPowerIndex, nbTrans, channels, enabledChannels, rx1DrOffset, rx2DataRate,
                rx2FrequencyHz, rxDelaySeconds, maxDutyCycle, adrHistory, pending, lastDevStatus);
    }
}
