// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.airtime;

import java.time.Duration;
import lorabench.lorawan.band.Bandwidth;
import lorabench.lorawan.band.CodingRate;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.types.Direction;

/// Time on air of LoRa, FSK and LR-FHSS frames. Results are exact nanoseconds (every LoRaWAN bandwidth divides the
/// symbol time evenly), so they can be compared for equality.
public final class Airtime {
    /// LoRaWAN preamble: 8 symbols (RP002-1.0.4 §2 "LoRa preamble").
    public static final int LORAWAN_PREAMBLE_SYMBOLS = 8;

    private Airtime() {
    }

    /// LoRa time on air per the Semtech formula (SX1276 datasheet §4.1.1.7, AN1200.13):
    /// `T = (preamble + 4.25 + 8 + max(ceil((8PL − 4SF + 28 + 16CRC − 20IH) / (4(SF − 2DE))) × (CR + 4), 0)) × 2^SF / BW`.
    ///
    /// @param payloadBytes        PHYPayload length in bytes
    /// @param lowDataRateOptimize DE; see [#lowDataRateOptimize(int, Bandwidth)] for the usual choice
    public static Duration lora(int payloadBytes, int spreadingFactor, Bandwidth bw, CodingRate cr,
                                int preambleSymbols, boolean explicitHeader, boolean crc,
                                boolean lowDataRateOptimize) {
        if (payloadBytes < 0 || payloadBytes > 255) {
            throw new IllegalArgumentException("payload length " + payloadBytes + " outside 0..255");
        }
        if (spreadingFactor < 6 || spreadingFactor > 12) {
            throw new IllegalArgumentException("spreading factor " + spreadingFactor + " outside 6..12");
        }
        if (preambleSymbols < 0) {
            throw new IllegalArgumentException("negative preamble length");
        }
        int de = lowDataRateOptimize ? 1 : 0;
        int ih = explicitHeader ? 0 : 1;
        int numerator = 8 * payloadBytes - 4 * spreadingFactor + 28 + (crc ? 16 : 0) - 20 * ih;
        int denominator = 4 * (spreadingFactor - 2 * de);
        int blocks = Math.max(ceilDiv(numerator, denominator), 0);
        long payloadSymbols = 8 + (long) blocks * (cr.extraBits() + 4);
        // Count quarter symbols to keep the 4.25-symbol sync word exact.
        long quarterSymbols = 4L * preambleSymbols + 17 + 4 * payloadSymbols;
        long nanos = quarterSymbols * (1L << spreadingFactor) * 1_000_000_000L / (4L * bw.hz());
        return Duration.ofNanos(nanos);
    }

    /// {@return whether low-data-rate optimisation is mandated}: when a symbol lasts 16 ms or more, i.e. SF11 and SF12
    /// at 125 kHz and SF12 at 250 kHz (SX1276 datasheet §4.1.1.6)
    public static boolean lowDataRateOptimize(int spreadingFactor, Bandwidth bw) {
        return (1L << spreadingFactor) * 1000L / bw.hz() >= 16;
    }

    /// FSK time on air for LoRaWAN framing (RP002-1.0.4 §2, TTS `pkg/toa`): 5 preamble bytes, 3 sync-word bytes,
    /// 1 length byte, the payload and a 2-byte CRC.
    public static Duration fsk(int payloadBytes, int bitRate) {
        if (payloadBytes < 0 || payloadBytes > 255 || bitRate <= 0) {
            throw new IllegalArgumentException("bad FSK frame: " + payloadBytes + " bytes at " + bitRate + " bit/s");
        }
        long bits = 8L * (5 + 3 + 1 + payloadBytes + 2);
        return Duration.ofNanos(bits * 1_000_000_000L / bitRate);
    }

    /// LR-FHSS time on air (Semtech LR-FHSS driver `lr_fhss_get_time_on_air_in_ms`): the payload plus a 2-byte CRC and
    /// 6 tail bits, convolutionally coded (×3 for CR 1/3, ×3/2 for CR 2/3), cut into 48-bit fragments each sent with 2
    /// extra bits, after 2 (CR 2/3) or 3 (CR 1/3) 114-bit headers, all at 488.28125 bit/s (256 bits per 524.288 ms).
    public static Duration lrFhss(int payloadBytes, DataRate.LrFhss dataRate) {
        if (payloadBytes < 0 || payloadBytes > 255) {
            throw new IllegalArgumentException("payload length " + payloadBytes + " outside 0..255");
        }
        long bits = (payloadBytes + 2) * 8L + 6;
        long coded = switch (dataRate.codingRate()) {
            case CR1_3 -> bits * 3;
            case CR2_3 -> bits * 3 / 2;
        };
        long onAir = coded / 48 * 50 + (coded % 48 == 0 ? 0 : coded % 48 + 2);
        long total = 114L * dataRate.codingRate().headerCount() + onAir;
        return Duration.ofNanos(total * 2_048_000L);
    }

    /// Time on air of a LoRaWAN frame of `phyPayloadBytes` at `dataRate`: LoRa with an 8-symbol preamble, explicit
    /// header, coding rate 4/5, low-data-rate optimisation when mandated, and the payload CRC on uplinks only
    /// (LoRaWAN L2 1.0.4 §4: downlinks carry no payload CRC).
    public static Duration of(DataRate dataRate, int phyPayloadBytes, Direction direction) {
        return switch (dataRate) {
            case DataRate.LoRa(int sf, Bandwidth bw) -> lora(phyPayloadBytes, sf, bw, CodingRate.CR4_5,
                    LORAWAN_PREAMBLE_SYMBOLS, true, direction == Direction.UPLINK, lowDataRateOptimize(sf, bw));
            case DataRate.Fsk(int bitRate) -> fsk(phyPayloadBytes, bitRate);
            case DataRate.LrFhss lrFhss -> lrFhss(phyPayloadBytes, lrFhss);
        };
    }

    private static int ceilDiv(int a, int b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
