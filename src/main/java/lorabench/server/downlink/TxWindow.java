// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.band.MaxPayload;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Txpk;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent.RxWindow;

/// Where and when one downlink goes out: gateway, window, frequency, data rate and concentrator time (empty for
/// "immediately", class C and multicast). RX1 and RX2 follow L2 1.0.4 §3.3 and the band's RX1 tables
/// (RP002-1.0.4 "RX1 receive window").
public record TxWindow(Eui64 gateway, RxWindow window, long frequencyHz, int dataRate, Datr.LoRa datr,
        OptionalLong tmst, MaxPayload maxPayload, int powerDbm) {
    private static final long US = 1_000_000L;

    public TxWindow {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(datr, "datr");
        Objects.requireNonNull(tmst, "tmst");
        Objects.requireNonNull(maxPayload, "maxPayload");
    }

    /// {@return the RX1 window after `uplink` heard by `r`}, `delaySeconds` after the end of the uplink, under the
    /// band's default downlink dwell time; empty when the band has no RX1 data rate or frequency for it, or the data
    /// rate is not LoRa
    public static Optional<TxWindow> rx1(Band band, Reception r, int uplinkDr, int rx1DrOffset, int delaySeconds) {
        return rx1(band, r, uplinkDr, rx1DrOffset, delaySeconds, band.dwellTime().downlink());
    }

    /// As [#rx1(Band, Reception, int, int, int)] under `dwellTime` (the device's TxParamSetup, L2 1.0.4 §5.8): the
    /// RX1 data rate and the maximum payload follow it (RP002-1.0.4 AS923 and AU915 tables)
    public static Optional<TxWindow> rx1(Band band, Reception r, int uplinkDr, int rx1DrOffset, int delaySeconds,
            boolean dwellTime) {
        var dr = band.rx1DataRate(uplinkDr, rx1DrOffset, dwellTime);
        var freq = band.rx1Frequency(r.frequencyHz());
        if (dr.isEmpty() || freq.isEmpty()) {
            return Optional.empty();
        }
        return of(band, r.gateway(), RxWindow.RX1, freq.getAsLong(), dr.getAsInt(),
                OptionalLong.of((r.tmst() + delaySeconds * US) & 0xFFFF_FFFFL), dwellTime);
    }

    /// {@return the RX2 window}, one second after RX1, under the band's default downlink dwell time
    public static Optional<TxWindow> rx2(Band band, Reception r, int rx2Dr, long rx2FrequencyHz, int rx1DelaySeconds) {
        return rx2(band, r, rx2Dr, rx2FrequencyHz, rx1DelaySeconds, band.dwellTime().downlink());
    }

    /// {@return the RX2 window}, one second after RX1, its maximum payload under `dwellTime`
    public static Optional<TxWindow> rx2(Band band, Reception r, int rx2Dr, long rx2FrequencyHz, int rx1DelaySeconds,
            boolean dwellTime) {
        return of(band, r.gateway(), RxWindow.RX2, rx2FrequencyHz, rx2Dr,
                OptionalLong.of((r.tmst() + (rx1DelaySeconds + 1L) * US) & 0xFFFF_FFFFL), dwellTime);
    }

    /// {@return a window sent as soon as the gateway receives it} (class C and multicast use RX2 parameters)
    public static Optional<TxWindow> immediately(Band band, Eui64 gateway, RxWindow kind, int dr, long frequencyHz) {
        return immediately(band, gateway, kind, dr, frequencyHz, band.dwellTime().downlink());
    }

    /// As [#immediately(Band, Eui64, RxWindow, int, long)], its maximum payload under `dwellTime`
    public static Optional<TxWindow> immediately(Band band, Eui64 gateway, RxWindow kind, int dr, long frequencyHz,
            boolean dwellTime) {
        return of(band, gateway, kind, frequencyHz, dr, OptionalLong.empty(), dwellTime);
    }

    /// {@return a window sent at concentrator time `tmst`} (a class B ping slot, L2 1.0.4 §13), its maximum payload
    /// under `dwellTime`
    public static Optional<TxWindow> at(Band band, Eui64 gateway, RxWindow kind, int dr, long frequencyHz, long tmst,
            boolean dwellTime) {
        return of(band, gateway, kind, frequencyHz, dr, OptionalLong.of(tmst & 0xFFFF_FFFFL), dwellTime);
    }

    private static Optional<TxWindow> of(Band band, Eui64 gw, RxWindow kind, long freq, int dr, OptionalLong tmst,
            boolean dwellTime) {
        Optional<DataRate> rate = band.dataRate(dr);
        Optional<MaxPayload> max = band.maxPayload(dr, dwellTime);
        if (rate.isEmpty() || max.isEmpty() || !(rate.get() instanceof DataRate.LoRa lora)) {
            return Optional.empty();
        }
        int power = (int) Math.floor(band.txPower().defaultMaxEirpDbm());
        return Optional.of(new TxWindow(gw, kind, freq, dr,
                new Datr.LoRa(lora.spreadingFactor(), lora.bandwidth().khz()), tmst, max.get(), power));
    }

    /// {@return whether a MACPayload of `macPayloadSize` bytes fits} (RP002 "Maximum payload size", M)
    public boolean fits(int macPayloadSize) {
        return macPayloadSize <= maxPayload.m();
    }

    /// {@return the `txpk` carrying `phyPayload` in this window}: polarisation inverted, coding rate 4/5
    public Txpk txpk(Bytes phyPayload) {
        return tmst.isPresent()
                ? Txpk.loRaAt(tmst.getAsLong(), frequencyHz, powerDbm, datr, CodingRate.CR_4_5, phyPayload)
                : Txpk.loRaImmediately(frequencyHz, powerDbm, datr, CodingRate.CR_4_5, phyPayload);
    }
}
