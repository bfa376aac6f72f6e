// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import lorabench.lorawan.types.Bytes;

/// One received RF packet with its metadata: an element of the `rxpk` array of PUSH_DATA (`PROTOCOL.TXT` §4).
///
/// `modu` is implied by [#datr()] and `size` by [#data()] (see [#size()]); the codec checks that the wire agrees.
///
/// @param time UTC time of reception (`time`), microsecond precision; absent when the gateway has no GPS
/// @param tmms GPS time of reception in ms since 1980-01-06 (`tmms`)
/// @param tmst internal concentrator timestamp of the "RX finished" event in µs (`tmst`), unsigned 32-bit
/// @param frequency RX centre frequency in Hz (`freq`, MHz on the wire)
/// @param chan concentrator "IF" channel (`chan`)
/// @param rfch concentrator "RF chain" (`rfch`)
/// @param stat CRC status (`stat`)
/// @param datr data rate and modulation (`datr`, `modu`)
/// @param codr LoRa coding rate (`codr`); absent for FSK
/// @param rssi RSSI in dBm (`rssi`)
/// @param lsnr LoRa SNR in dB (`lsnr`); absent for FSK
/// @param data the PHYPayload (`data`, base64 on the wire), at most 255 bytes
/// @param rsig per-antenna signal information (`rsig`), empty when the gateway sends none
public record Rxpk(Optional<Instant> time, OptionalLong tmms, long tmst, long frequency, int chan, int rfch,
        CrcStatus stat, Datr datr, Optional<CodingRate> codr, int rssi, OptionalDouble lsnr, Bytes data,
        List<Rsig> rsig) {

    public Rxpk {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(tmms, "tmms");
        Objects.requireNonNull(stat, "stat");
        Objects.requireNonNull(datr, "datr");
        Objects.requireNonNull(codr, "codr");
        Objects.requireNonNull(lsnr, "lsnr");
        Objects.requireNonNull(data, "data");
        time = time.map(t -> t.truncatedTo(ChronoUnit.MICROS));
        rsig = List.copyOf(rsig);
        Checks.range("rxpk.tmms", tmms, 0, Long.MAX_VALUE);
        Checks.range("rxpk.tmst", tmst, 0, Checks.UINT32_MAX);
        Checks.frequency("rxpk.freq", frequency);
        Checks.range("rxpk.chan", chan, 0, 255);
        Checks.range("rxpk.rfch", rfch, 0, 255);
        Checks.range("rxpk.rssi", rssi, -255, 255);
        Checks.finite("rxpk.lsnr", lsnr);
        Checks.range("rxpk.size", data.size(), 0, 255);
    }

    /// {@return a LoRa packet as a single-antenna gateway reports it}, CRC OK, no GPS time
    public static Rxpk loRa(long tmst, long frequency, int chan, Datr.LoRa datr, CodingRate codr, int rssi,
            double lsnr, Bytes data) {
        return new Rxpk(Optional.empty(), OptionalLong.empty(), tmst, frequency, chan, 0, CrcStatus.OK, datr,
                Optional.of(codr), rssi, OptionalDouble.of(lsnr), data, List.of());
    }

    /// {@return the payload size in bytes}, the `size` field
    public int size() {
        return data.size();
    }

    /// {@return the modulation}, the `modu` field
    public Datr.Modulation modulation() {
        return datr.modulation();
    }
}
