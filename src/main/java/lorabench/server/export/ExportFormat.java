// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.util.Locale;

/// The session-log export formats (DESIGN.md, `lorabench export`).
public enum ExportFormat {
    /// One JSON object per line.
    JSONL,
    /// RFC 4180 CSV with a header row.
    CSV,
    /// Classic pcap, link type 270 (LoRaTap), one packet per frame.
    PCAP;

    public static ExportFormat parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl" -> JSONL;
            case "csv" -> CSV;
            case "pcap" -> PCAP;
            default -> throw new IllegalArgumentException("unknown export format '" + text
                    + "' (expected jsonl, csv or pcap)");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
