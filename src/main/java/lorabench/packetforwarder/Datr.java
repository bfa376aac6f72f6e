// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

/// `datr` together with `modu`: the data rate of a received or transmitted packet (`PROTOCOL.TXT` §4, §6).
///
/// On the wire LoRa rates are strings such as `"SF7BW125"` (bandwidth in kHz) and FSK rates are numbers (bits per
/// second); `modu` is implied by the variant, so the two fields can never disagree inside the program.
public sealed interface Datr {

    /// The `modu` identifier.
    enum Modulation {
        LORA,
        FSK
    }

    /// {@return the `modu` this data rate implies}
    Modulation modulation();

    /// A LoRa data rate, `SF<spreadingFactor>BW<bandwidthKhz>`.
    record LoRa(int spreadingFactor, int bandwidthKhz) implements Datr {
        public LoRa {
            if (spreadingFactor < 5 || spreadingFactor > 12) {
                throw new IllegalArgumentException("spreading factor must be 5..12, got " + spreadingFactor);
            }
            if (bandwidthKhz < 1 || bandwidthKhz > 1625) {
                throw new IllegalArgumentException("LoRa bandwidth must be 1..1625 kHz, got " + bandwidthKhz);
            }
        }

        /// Parses `SF<n>BW<n>`.
        /// @throws IllegalArgumentException naming the problem
        public static LoRa parse(String text) {
            int bw = text.indexOf("BW");
            if (!text.startsWith("SF") || bw < 3 || bw + 2 >= text.length() || bw > 4 || text.length() > bw + 6) {
                throw new IllegalArgumentException("LoRa data rate must look like SF7BW125, got '" + text + "'");
            }
            return new LoRa(digits(text, 2, bw), digits(text, bw + 2, text.length()));
        }

        private static int digits(String text, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException("LoRa data rate must look like SF7BW125, got '" + text + "'");
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }

        @Override
        public Modulation modulation() {
            return Modulation.LORA;
        }

        @Override
        public String toString() {
            return "SF" + spreadingFactor + "BW" + bandwidthKhz;
        }
    }

    /// An FSK data rate in bits per second.
    record Fsk(int bitRate) implements Datr {
        public Fsk {
            if (bitRate < 1 || bitRate > 1_000_000) {
                throw new IllegalArgumentException("FSK bit rate must be 1..1000000 bit/s, got " + bitRate);
            }
        }

        @Override
        public Modulation modulation() {
            return Modulation.FSK;
        }

        @Override
        public String toString() {
            return "FSK" + bitRate;
        }
    }
}
