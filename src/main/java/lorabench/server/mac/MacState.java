// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.types.Bytes;
import lorabench.store.DeviceClass;

/// What the network believes about one device's MAC parameters (LoRaWAN L2 1.0.4 §5, L2 1.1 §5): the values it
/// last confirmed through MAC commands or the join-accept. Persisted with the device session (as [MacStateJson]).
/// Fields missing from an older JSON row read as their defaults (the compact constructor fills them in).
///
/// @param dataRate            uplink data-rate index the device was last told to use (or was last seen using)
/// @param txPowerIndex        TXPower index (0 = max EIRP)
/// @param nbTrans             transmissions per uplink (1..15)
/// @param channels            every uplink channel the device knows, by channel index (band defaults, CFList,
///                            NewChannelReq); a null entry is an index the device does not define
/// @param enabledChannels     indices of channels enabled by the last accepted channel mask, ascending
/// @param rx1DrOffset         RX1 data-rate offset
/// @param rx2DataRate         RX2 data-rate index
/// @param rx2FrequencyHz      RX2 frequency
/// @param rxDelaySeconds      RECEIVE_DELAY1 in seconds (1..15)
/// @param maxDutyCycle        the MaxDutyCycle field last accepted (0 = no limit beyond regulation)
/// @param adrHistory          the most recent uplink signal samples, oldest first, for ADR
/// @param pendingRequests     network-initiated MAC requests (encoded, downlink direction) not yet answered
/// @param lastDevStatus       the last DevStatusAns, or null when none was received
/// @param pendingAttempts     for each command in `pendingRequests`, how many downlinks have carried it
/// @param downlinkFrequencies RX1 frequency per uplink channel index set by an accepted DlChannelReq
/// @param txParams            the last accepted TxParamSetupReq, or null when the band's defaults apply
/// @param adrAckParams        ADR_ACK_LIMIT / ADR_ACK_DELAY exponents (ADRParamSetupReq; default 2^6, 2^5)
/// @param rejoinParams        the last accepted RejoinParamSetupReq, or null when none was sent
/// @param classB              class B parameters (PingSlotInfoReq, PingSlotChannelReq, BeaconFreqReq)
/// @param deviceClass         the class the device operates in (DeviceModeInd in 1.1; A by default)
/// @param rejectedDataRates   data rates the device refused in a LinkADRAns: ADR does not ask for them again
/// @param rejectedTxPowers    TXPower indices the device refused in a LinkADRAns
public record MacState(int dataRate, int txPowerIndex, int nbTrans, List<Channel> channels,
                       List<Integer> enabledChannels, int rx1DrOffset, int rx2DataRate, long rx2FrequencyHz,
                       int rxDelaySeconds, int maxDutyCycle, List<AdrSample> adrHistory, Bytes pendingRequests,
                       DevStatus lastDevStatus, List<Integer> pendingAttempts, Map<Integer, Long> downlinkFrequencies,
                       TxParams txParams, AdrAckParams adrAckParams, RejoinParams rejoinParams, ClassBParams classB,
                       DeviceClass deviceClass, List<Integer> rejectedDataRates, List<Integer> rejectedTxPowers) {

    public MacState {
        channels = Collections.unmodifiableList(new ArrayList<>(channels == null ? List.of() : channels));
        enabledChannels = enabledChannels == null ? List.of() : enabledChannels.stream().sorted().distinct().toList();
        adrHistory = adrHistory == null ? List.of() : List.copyOf(adrHistory);
        pendingRequests = pendingRequests == null ? Bytes.EMPTY : pendingRequests;
        pendingAttempts = PendingQueue.normaliseAttempts(pendingRequests, pendingAttempts);
        downlinkFrequencies = Collections.unmodifiableMap(
                new TreeMap<>(downlinkFrequencies == null ? Map.of() : downlinkFrequencies));
        adrAckParams = adrAckParams == null ? AdrAckParams.DEFAULT : adrAckParams;
        classB = classB == null ? ClassBParams.DEFAULT : classB;
        deviceClass = deviceClass == null ? DeviceClass.A : deviceClass;
        rejectedDataRates = rejectedDataRates == null ? List.of() : List.copyOf(rejectedDataRates);
        rejectedTxPowers = rejectedTxPowers == null ? List.of() : List.copyOf(rejectedTxPowers);
        if (nbTrans < 1 || nbTrans > 15) {
            throw new IllegalArgumentException("NbTrans must be 1..15, got " + nbTrans);
        }
        if (rxDelaySeconds < 1 || rxDelaySeconds > 15) {
            throw new IllegalArgumentException("RX delay must be 1..15 s, got " + rxDelaySeconds);
        }
    }

    /// The state with the fields of the first version of this record; the others take their defaults.
    public MacState(int dataRate, int txPowerIndex, int nbTrans, List<Channel> channels, List<Integer> enabledChannels,
                    int rx1DrOffset, int rx2DataRate, long rx2FrequencyHz, int rxDelaySeconds, int maxDutyCycle,
                    List<AdrSample> adrHistory, Bytes pendingRequests, DevStatus lastDevStatus) {
        this(dataRate, txPowerIndex, nbTrans, channels, enabledChannels, rx1DrOffset, rx2DataRate, rx2FrequencyHz,
                rxDelaySeconds, maxDutyCycle, adrHistory, pendingRequests, lastDevStatus, null, null, null, null, null,
                null, null, null, null);
    }

    /// One uplink's signal as the network saw it: the best gateway's SNR, how many gateways heard it, and the
    /// data rate and TXPower index it was sent with.
    public record AdrSample(long fCnt, double maxSnr, int gatewayCount, int dataRate, int txPowerIndex) {
        public AdrSample(long fCnt, double maxSnr, int gatewayCount, int dataRate) {
            this(fCnt, maxSnr, gatewayCount, dataRate, 0);
        }
    }

    /// The device's last DevStatusAns: battery (0 external power, 1..254 level, 255 unknown) and SNR margin in dB
    /// (LoRaWAN L2 1.0.4 §5.5).
    public record DevStatus(int battery, int margin, Instant receivedAt) {
        /// {@return the battery level as a fraction 0..1}, or -1 when the device is on external power (0) or cannot
        /// measure it (255)
        public double batteryFraction() {
            return battery == 0 || battery == 255 ? -1 : (battery - 1) / 253.0;
        }
    }

    /// TxParamSetupReq fields the device accepted (LoRaWAN L2 1.0.4 §5.8).
    public record TxParams(boolean downlinkDwellTime, boolean uplinkDwellTime, int maxEirpIndex) {}

    /// ADRParamSetupReq fields (LoRaWAN L2 1.1 §5.11): ADR_ACK_LIMIT = 2^limitExp, ADR_ACK_DELAY = 2^delayExp.
    public record AdrAckParams(int limitExp, int delayExp) {
        public static final AdrAckParams DEFAULT = new AdrAckParams(6, 5);

        public int adrAckLimit() {
            return 1 << limitExp;
        }

        public int adrAckDelay() {
            return 1 << delayExp;
        }
    }

    /// RejoinParamSetupReq fields the device accepted (LoRaWAN L2 1.1 §5.14): a type 0 rejoin every 2^(maxCountN+4)
    /// uplinks, and every 2^(maxTimeN+10) s when `timeOk`.
    public record RejoinParams(int maxTimeN, int maxCountN, boolean timeOk) {}

    /// Class B parameters (LoRaWAN L2 1.0.4 §12, §13): the ping-slot periodicity the device reported (-1 when it has
    /// not), and the ping-slot channel, ping-slot data rate and beacon frequency it accepted (0 Hz and -1 mean the
    /// band's defaults).
    public record ClassBParams(int pingSlotPeriodicity, long pingSlotFrequencyHz, int pingSlotDataRate,
                               long beaconFrequencyHz) {
        public static final ClassBParams DEFAULT = new ClassBParams(-1, 0, -1, 0);

        /// {@return ping slots per beacon period}: 2^(7 - periodicity), or 0 when the device has not told
        public int pingSlotsPerBeacon() {
            return pingSlotPeriodicity < 0 ? 0 : 1 << (7 - pingSlotPeriodicity);
        }
    }

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

    /// {@return the last DevStatusAns}, for the APIs (OrbiWAN DevStatus)
    public java.util.Optional<DevStatus> devStatus() {
        return java.util.Optional.ofNullable(lastDevStatus);
    }

    /// {@return the network-initiated requests still waiting for an answer}, decoded, in queue order
    public List<lorabench.lorawan.mac.MacCommand> pendingCommands() {
        return PendingQueue.decode(pendingRequests);
    }

    MacStateBuilder toBuilder() {
        return new MacStateBuilder(this);
    }

    public MacState withDataRate(int dr) {
        return toBuilder().dataRate(dr).build();
    }

    public MacState withAdrHistory(List<AdrSample> history) {
        return toBuilder().adrHistory(history).build();
    }

    /// {@return a copy whose pending requests are `pending`}, each counted as never sent
    public MacState withPendingRequests(Bytes pending) {
        return toBuilder().pending(pending, List.of()).build();
    }

    /// {@return a copy with `params` as the accepted TxParamSetupReq} (null: the band's defaults)
    public MacState withTxParams(TxParams params) {
        return toBuilder().txParams(params).build();
    }

    /// {@return whether the 400 ms dwell-time limit applies to downlinks}: as the device accepted with
    /// TxParamSetupReq (LoRaWAN L2 1.0.4 §5.8), else the band's default (RP002-1.0.4 "dwell time")
    public boolean downlinkDwellTime(lorabench.lorawan.band.Band band) {
        return txParams != null ? txParams.downlinkDwellTime() : band.dwellTime().downlink();
    }

    public MacState withDeviceClass(DeviceClass cls) {
        return toBuilder().deviceClass(cls).build();
    }
}
