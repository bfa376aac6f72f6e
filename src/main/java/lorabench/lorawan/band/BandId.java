// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.List;
import java.util.Locale;

/// The regional bands LoRaBench knows, named as LoRaWAN Regional Parameters name them.
public enum BandId {
    EU868("EU868", "EU863870"),
    US915("US915", "US902928"),
    AU915("AU915", "AU915928"),
    CN470("CN470", "CN470510", "CN47051020A"),
    AS923_1("AS923-1", "AS923", "AS9231", "AS923GROUP1", "AS923915928"),
    AS923_2("AS923-2", "AS9232", "AS923GROUP2", "AS920923"),
    AS923_3("AS923-3", "AS9233", "AS923GROUP3"),
    IN865("IN865", "IN865867"),
    RU864("RU864", "RU864870"),
    JP923("JP923", "AS923JP", "AS9231JP", "AS923LBT", "AS920923LBT", "JP920"),
    KR920("KR920", "KR920923");

    private final String text;
    private final List<String> spellings;

    BandId(String text, String... aliases) {
        this.text = text;
        this.spellings = java.util.stream.Stream.concat(java.util.stream.Stream.of(squash(text)),
                java.util.stream.Stream.of(aliases)).toList();
    }

    /// {@return the canonical name, e.g. `EU868`, `AS923-2`}
    public String text() {
        return text;
    }

    /// Parses a band name, accepting the canonical names and common spellings: case, `-`, `_`, spaces and a trailing
    /// "MHz" are ignored, so `eu868`, `EU863-870`, `AS923_2`, `as923-1`, `US_902_928` all work.
    public static BandId parse(String name) {
        String s = squash(name);
        if (s.endsWith("MHZ")) {
            s = s.substring(0, s.length() - 3);
        }
        for (BandId id : values()) {
            if (id.spellings.contains(s)) {
                return id;
            }
        }
        throw new IllegalArgumentException("unknown band '" + name + "' (expected one of EU868, US915, AU915, CN470, "
                + "AS923-1, AS923-2, AS923-3, IN865, RU864, JP923, KR920)");
    }

    private static String squash(String s) {
        return s.strip().toUpperCase(Locale.ROOT).replaceAll("[-_ .]", "");
    }

    @Override
    public String toString() {
        return text;
    }
}
