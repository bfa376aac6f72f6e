// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import lorabench.lorawan.types.Direction;

/// One region's parameters as data, following one revision of the LoRaWAN Regional Parameters (RP002-1.0.4).
/// Every behaviour below is a lookup in these tables; no method branches on the band's identity.
///
/// @param dataRates       data-rate index → modulation and maximum payload sizes (RP002 "Data rate" and
///                        "Maximum payload size" tables)
/// @param uplinkDrs       the data rates an end-device may transmit with
/// @param downlinkDrs     the data rates the network may transmit with
/// @param defaultChannels channels every end-device knows after activation (EU-like: the default channels; US-like:
///                        64 × 125 kHz + 8 × 500 kHz uplink channels), in channel-index order
/// @param joinChannels    channels and data rates a join-request may use
/// @param joinDataRates   US-style join data rates for 125 kHz / 500 kHz channels, when the band has them
/// @param maxChannels     the number of uplink channels the band's channel mask can address
/// @param rx1Frequency    how the RX1 frequency follows the uplink frequency
/// @param rx2             default RX2 frequency and data rate
/// @param txPower         TXPower index → offset from the max EIRP, and the default max EIRP
/// @param subBands        regulatory sub-bands with their duty cycle and max EIRP
/// @param dwellTime       whether the 400 ms dwell-time limit applies by default
/// @param lbt             listen-before-talk parameters where the regulation requires it
public record Band(BandId id, RegionalRevision revision, Map<Integer, DataRateSpec> dataRates, DrRange uplinkDrs,
                   DrRange downlinkDrs, List<Channel> defaultChannels, List<Channel> joinChannels,
                   Optional<JoinDataRates> joinDataRates, int maxChannels, CfListType cfListType,
                   ChMaskScheme chMaskScheme, Rx1DrTable rx1DrTable, Rx1Frequency rx1Frequency, Rx2 rx2,
                   MacTiming timing, TxPower txPower, List<SubBand> subBands, DwellTime dwellTime, ClassB classB,
                   Optional<Lbt> lbt) {

    public Band {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(revision, "revision");
        dataRates = Collections.unmodifiableSortedMap(new TreeMap<>(dataRates));
        defaultChannels = List.copyOf(defaultChannels);
        joinChannels = List.copyOf(joinChannels);
        subBands = List.copyOf(subBands);
        Objects.requireNonNull(joinDataRates, "joinDataRates");
        Objects.requireNonNull(cfListType, "cfListType");
        Objects.requireNonNull(chMaskScheme, "chMaskScheme");
        Objects.requireNonNull(rx1DrTable, "rx1DrTable");
        Objects.requireNonNull(rx1Frequency, "rx1Frequency");
        Objects.requireNonNull(rx2, "rx2");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(txPower, "txPower");
        Objects.requireNonNull(dwellTime, "dwellTime");
        Objects.requireNonNull(classB, "classB");
        Objects.requireNonNull(lbt, "lbt");
        if (!dataRates.containsKey(uplinkDrs.min()) || !dataRates.containsKey(downlinkDrs.min())) {
            throw new IllegalArgumentException(id + ": data-rate ranges must start at a defined data rate");
        }
        if (defaultChannels.size() > maxChannels) {
            throw new IllegalArgumentException(id + ": more default channels than maxChannels");
        }
    }

    /// {@return the modulation of data rate `dr`, if the band defines it}
    public Optional<DataRate> dataRate(int dr) {
        return Optional.ofNullable(dataRates.get(dr)).map(DataRateSpec::dataRate);
    }

    /// {@return the index of `dataRate` among the data rates usable in `direction`} (US915 has SF8BW500 both as
    /// uplink DR4 and downlink DR12, so the direction matters)
    public OptionalInt dataRateIndex(DataRate dataRate, Direction direction) {
        DrRange range = direction == Direction.UPLINK ? uplinkDrs : downlinkDrs;
        for (var e : dataRates.entrySet()) {
            if (range.contains(e.getKey()) && e.getValue().dataRate().equals(dataRate)) {
                return OptionalInt.of(e.getKey());
            }
        }
        return OptionalInt.empty();
    }

    /// {@return the index of the Semtech UDP `datr` value (e.g. `SF7BW125`) in `direction`}
    public OptionalInt dataRateIndex(String datr, Direction direction) {
        return dataRateIndex(DataRate.parse(datr), direction);
    }

    /// {@return the parsed `datr` value}, checked to be one of this band's data rates
    /// @throws IllegalArgumentException when the text is malformed or the band has no such data rate
    public DataRate dataRateOf(String datr) {
        DataRate dr = DataRate.parse(datr);
        if (dataRates.values().stream().noneMatch(s -> s.dataRate().equals(dr))) {
            throw new IllegalArgumentException(id + " has no data rate " + dr.name());
        }
        return dr;
    }

    /// {@return the maximum MACPayload / FRMPayload sizes of `dr`} (not repeater compatible); empty when the band does
    /// not define `dr` or forbids it while dwell time applies
    public Optional<MaxPayload> maxPayload(int dr, boolean dwellTime) {
        return maxPayload(dr, dwellTime, false);
    }

    /// {@return the maximum payload sizes of `dr` in the chosen column of the RP002 tables}
    public Optional<MaxPayload> maxPayload(int dr, boolean dwellTime, boolean repeaterCompatible) {
        DataRateSpec spec = dataRates.get(dr);
        return spec == null ? Optional.empty() : spec.maxPayload().get(dwellTime, repeaterCompatible);
    }

    /// {@return the RX1 data rate for an uplink at `uplinkDr` and the session's RX1DROffset}, without downlink
    /// dwell time
    public OptionalInt rx1DataRate(int uplinkDr, int rx1DrOffset) {
        return rx1DataRate(uplinkDr, rx1DrOffset, false);
    }

    /// {@return the RX1 data rate}, empty when `uplinkDr` or `rx1DrOffset` is outside the band's table
    public OptionalInt rx1DataRate(int uplinkDr, int rx1DrOffset, boolean downlinkDwellTime) {
        return rx1DrTable.lookup(uplinkDr, rx1DrOffset, downlinkDwellTime);
    }

    /// {@return the RX1 frequency for an uplink at `uplinkFrequencyHz`}; empty when the band derives RX1 from the
    /// uplink channel and the frequency is not one of its channels
    public OptionalLong rx1Frequency(long uplinkFrequencyHz) {
        if (rx1Frequency.sameAsUplink()) {
            return OptionalLong.of(uplinkFrequencyHz);
        }
        OptionalInt ch = channelForUplinkFrequency(uplinkFrequencyHz);
        if (ch.isEmpty()) {
            return OptionalLong.empty();
        }
        List<Long> dl = rx1Frequency.downlinkChannelsHz();
        return OptionalLong.of(dl.get(ch.getAsInt() % dl.size()));
    }

    /// {@return the index of the default channel at `frequencyHz`} (US915: 0..63 for 125 kHz, 64..71 for 500 kHz)
    public OptionalInt channelForUplinkFrequency(long frequencyHz) {
        for (int i = 0; i < defaultChannels.size(); i++) {
            if (defaultChannels.get(i).frequencyHz() == frequencyHz) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /// {@return the EIRP in dBm of TXPower index `txPowerIndex`} (default max EIRP plus the table's offset)
    public OptionalDouble txPowerDbm(int txPowerIndex) {
        List<Double> offsets = txPower.offsetsDb();
        if (txPowerIndex < 0 || txPowerIndex >= offsets.size()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(txPower.defaultMaxEirpDbm() + offsets.get(txPowerIndex));
    }

    /// {@return the sub-band containing `frequencyHz`}
    public Optional<SubBand> subBandFor(long frequencyHz) {
        return subBands.stream().filter(s -> s.contains(frequencyHz)).findFirst();
    }

    // Copies used to derive one band from another (AS923 groups, JP923), as TTS derives bands from earlier ones.

    public Band withId(BandId newId) {
        return new Band(newId, revision, dataRates, uplinkDrs, downlinkDrs, defaultChannels, joinChannels,
                joinDataRates, maxChannels, cfListType, chMaskScheme, rx1DrTable, rx1Frequency, rx2, timing, txPower,
                subBands, dwellTime, classB, lbt);
    }

    /// {@return a copy whose default channels (and, as in EU-like bands, join channels) are `channels`}
    public Band withDefaultChannels(List<Channel> channels) {
        return new Band(id, revision, dataRates, uplinkDrs, downlinkDrs, channels, channels, joinDataRates,
                maxChannels, cfListType, chMaskScheme, rx1DrTable, rx1Frequency, rx2, timing, txPower, subBands,
                dwellTime, classB, lbt);
    }

    public Band withRx2(Rx2 newRx2) {
        return new Band(id, revision, dataRates, uplinkDrs, downlinkDrs, defaultChannels, joinChannels,
                joinDataRates, maxChannels, cfListType, chMaskScheme, rx1DrTable, rx1Frequency, newRx2, timing,
                txPower, subBands, dwellTime, classB, lbt);
    }

    public Band withSubBands(List<SubBand> newSubBands) {
        return new Band(id, revision, dataRates, uplinkDrs, downlinkDrs, defaultChannels, joinChannels,
                joinDataRates, maxChannels, cfListType, chMaskScheme, rx1DrTable, rx1Frequency, rx2, timing,
                txPower, newSubBands, dwellTime, classB, lbt);
    }

    public Band withClassB(ClassB newClassB) {
        return new Band(id, revision, dataRates, uplinkDrs, downlinkDrs, defaultChannels, joinChannels,
                joinDataRates, maxChannels, cfListType, chMaskScheme, rx1DrTable, rx1Frequency, rx2, timing,
                txPower, subBands, dwellTime, newClassB, lbt);
    }

    public Band withDwellTime(DwellTime newDwellTime) {
        return new Band(id, revision, dataRates, uplinkDrs, downlinkDrs, defaultChannels, joinChannels,
                joinDataRates, maxChannels, cfListType, chMaskScheme, rx1DrTable, rx1Frequency, rx2, timing,
                txPower, subBands, newDwellTime, classB, lbt);
    }

    public Band withLbt(Optional<Lbt> newLbt) {
        return new Band(id, revision, dataRates, uplinkDrs, downlinkDrs, defaultChannels, joinChannels,
                joinDataRates, maxChannels, cfListType, chMaskScheme, rx1DrTable, rx1Frequency, rx2, timing,
                txPower, subBands, dwellTime, classB, newLbt);
    }
}
