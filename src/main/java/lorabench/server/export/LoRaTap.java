// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lorabench.store.SessionLogEntry;

/// The LoRaTap encapsulation header (github.com/eriknl/LoRaTap, `loratap.h`), version 0: 15 bytes, big-endian.
///
/// ```
/// offset size field
///  0     1   lt_version     0
///  1     1   lt_padding     0
///  2     2   lt_length      15 (header length)
///  4     4   frequency      Hz
///  8     1   bandwidth      in 125 kHz steps (1, 2, 4)
///  9     1   sf             spreading factor 7..12
/// 10     1   packet_rssi    dBm = -139 + value
/// 11     1   max_rssi       255: not available
/// 12     1   current_rssi   255: not available
/// 13     1   snr            dB = value (two's complement) / 4
/// 14     1   sync_word      0x34 = LoRaWAN
/// ```
///
/// Version 0 is what every Wireshark release dissects: Wireshark 4.0 (Debian 12) reads this fixed 15-byte layout
/// whatever the version byte says, so the longer version-1 header (alpov/LoRaTap) would be dissected as payload.
/// Wireshark hands the rest of the packet to its LoRaWAN dissector because of sync word 0x34. A frame that was not
/// LoRa-modulated (FSK, LR-FHSS) or has no RSSI gets 0 for bandwidth and SF and 255 for the RSSI.
final class LoRaTap {
    static final int LENGTH = 15;
    static final int SYNC_WORD_LORAWAN = 0x34;
    private static final int NOT_AVAILABLE = 255;
    private static final Pattern LORA = Pattern.compile("SF(\\d{1,2})BW(\\d{3})");

    private LoRaTap() {}

    /// {@return the LoRaTap header for `e`}
    static byte[] header(SessionLogEntry e) {
        ByteBuffer b = ByteBuffer.allocate(LENGTH).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0).put((byte) 0).putShort((short) LENGTH);
        b.putInt((int) e.frequencyHz());
        Matcher m = LORA.matcher(e.dataRate());
        if (m.matches()) {
            b.put((byte) (Integer.parseInt(m.group(2)) / 125)).put((byte) Integer.parseInt(m.group(1)));
        } else {
            b.put((byte) 0).put((byte) 0);
        }
        b.put((byte) rssi(e.rssi())).put((byte) NOT_AVAILABLE).put((byte) NOT_AVAILABLE);
        b.put((byte) snr(e.snr()));
        b.put((byte) SYNC_WORD_LORAWAN);
        return b.array();
    }

    /// {@return the RSSI as LoRaTap writes it}: dBm + 139, clamped to 0..254, or 255 when unknown
    static int rssi(Optional<Double> dBm) {
        return dBm.map(v -> (int) Math.max(0, Math.min(254, Math.round(v + 139)))).orElse(NOT_AVAILABLE);
    }

    /// {@return the SNR in quarter dB as an unsigned byte} (two's complement), clamped to -32..31.75 dB; 0 when unknown
    static int snr(Optional<Double> dB) {
        return dB.map(v -> (int) Math.max(-128, Math.min(127, Math.round(v * 4))) & 0xFF).orElse(0);
    }
}
