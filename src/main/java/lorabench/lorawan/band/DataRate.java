// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// A physical data rate: LoRa (spreading factor and bandwidth), FSK (bit rate) or LR-FHSS (occupied channel width and
/// coding rate), as listed in the "Data rate" tables of RP002-1.0.4.
public sealed interface DataRate permits DataRate.LoRa, DataRate.Fsk, DataRate.LrFhss {

    /// {@return the name the session log and the Semtech UDP `datr` field use}: `SF7BW125` for LoRa, the bit rate
    /// (`50000`) for FSK, `LR-FHSS-OCW137-CR1/3` for LR-FHSS
    String name();

    /// LoRa modulation; LoRaWAN uses SF7 ... SF12 (SF5 and SF6 are accepted for radio-level calculations).
    record LoRa(int spreadingFactor, Bandwidth bandwidth) implements DataRate {
        public LoRa {
            if (spreadingFactor < 5 || spreadingFactor > 12) {
                throw new IllegalArgumentException("spreading factor " + spreadingFactor + " outside 5..12");
            }
            java.util.Objects.requireNonNull(bandwidth, "bandwidth");
        }

        @Override
        public String name() {
            return "SF" + spreadingFactor + "BW" + bandwidth.khz();
        }
    }

    /// GFSK modulation at `bitRate` bit/s (LoRaWAN uses 50 kbit/s).
    record Fsk(int bitRate) implements DataRate {
        public Fsk {
            if (bitRate <= 0) {
                throw new IllegalArgumentException("FSK bit rate must be positive: " + bitRate);
            }
        }

        @Override
        public String name() {
            return Integer.toString(bitRate);
        }
    }

    /// LR-FHSS with an occupied channel width of `ocwHz` (137 kHz, 336 kHz or 1.523 MHz) and a coding rate.
    record LrFhss(int ocwHz, LrFhssCodingRate codingRate) implements DataRate {
        public LrFhss {
            if (ocwHz <= 0) {
                throw new IllegalArgumentException("LR-FHSS occupied channel width must be positive: " + ocwHz);
            }
            java.util.Objects.requireNonNull(codingRate, "codingRate");
        }

        @Override
        public String name() {
            return "LR-FHSS-OCW" + ocwHz / 1000 + "-CR" + codingRate.text();
        }
    }

    /// Parses a `datr` value: `SF7BW125` (any case), a plain FSK bit rate `50000`, or an LR-FHSS name as printed by
    /// [#name()].
    static DataRate parse(String datr) {
        String t = datr.strip().toUpperCase(Locale.ROOT);
        Matcher lora = Pattern.compile("SF(\\d{1,2})BW(\\d{3})").matcher(t);
        if (lora.matches()) {
            return new LoRa(Integer.parseInt(lora.group(1)), Bandwidth.ofKhz(Integer.parseInt(lora.group(2))));
        }
        if (t.matches("\\d{3,7}")) {
            return new Fsk(Integer.parseInt(t));
        }
        Matcher fhss = Pattern.compile("LR-FHSS-OCW(\\d{3,4})-CR([12]/3)").matcher(t);
        if (fhss.matches()) {
            int khz = Integer.parseInt(fhss.group(1));
            int hz = khz == 1523 ? 1_523_000 : khz * 1000;
            return new LrFhss(hz, fhss.group(2).equals("1/3") ? LrFhssCodingRate.CR1_3 : LrFhssCodingRate.CR2_3);
        }
        throw new IllegalArgumentException("unrecognised data rate '" + datr + "' (expected e.g. SF7BW125 or 50000)");
    }
}
