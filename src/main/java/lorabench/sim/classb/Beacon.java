// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.classb;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;

/// A class B beacon frame (LoRaWAN L2 1.0.4 §13.2, RP002-1.0.4 "Beacon settings"), in the 17-byte layout of EU868:
/// `RFU(2) | Time(4) | CRC(2) | GwSpecific(7) | CRC(2)`, little-endian, each CRC over the bytes before it since the
/// previous CRC. Beacons are sent every 128 s, at GPS times that are multiples of 128 s, plus `TBeaconDelay`.
///
/// NOTE: every band is given the EU868 layout here (US915 has 5 RFU bytes and 23 in all); only this simulator's
/// gateways and devices read it. The CRC is CRC-16/CCITT (polynomial 0x1021, initial value 0, no reflection).
public record Beacon(long gpsSeconds, int infoDesc, long gwSpecific) {
    public static final Duration PERIOD = lorabench.lorawan.classb.PingSlot.BEACON_PERIOD;
    /// Time reserved for the beacon at the start of each period, after which ping slots begin.
    public static final Duration RESERVED = lorabench.lorawan.classb.PingSlot.BEACON_RESERVED;
    /// Time between the GPS beacon time and the start of the beacon's preamble.
    public static final Duration T_BEACON_DELAY = Duration.ofNanos(1_500_000);
    public static final int SIZE = 17;

    public Beacon {
        if (gpsSeconds < 0 || gpsSeconds > 0xFFFF_FFFFL || gpsSeconds % 128 != 0) {
            throw new IllegalArgumentException("beacon time must be a 32-bit multiple of 128 s: " + gpsSeconds);
        }
    }

    /// {@return the start of the next beacon period at or after `utc`}, as UTC
    public static Instant nextPeriodStart(Instant utc) {
        long s = GpsTime.of(utc).getSeconds();
        long nanos = GpsTime.of(utc).getNano();
        long next = (s % 128 == 0 && nanos == 0) ? s : (s / 128 + 1) * 128;
        return GpsTime.toInstant(Duration.ofSeconds(next));
    }

    /// {@return the beacon period start (GPS seconds, a multiple of 128) for a UTC instant inside the period}
    public static long periodOf(Instant utc) {
        return GpsTime.of(utc).getSeconds() / 128 * 128;
    }

    public Bytes encode() {
        byte[] b = new byte[SIZE];
        le(b, 2, gpsSeconds & 0xFFFF_FFFFL, 4);
        le(b, 6, crc(b, 0, 6), 2);
        b[8] = (byte) infoDesc;
        le(b, 9, gwSpecific, 6);
        le(b, 15, crc(b, 8, 15), 2);
        return Bytes.wrap(b);
    }

    /// {@return the beacon in `frame`}, empty when it is not a beacon (wrong size or CRC)
    public static Optional<Beacon> decode(Bytes frame) {
        if (frame.size() != SIZE) {
            return Optional.empty();
        }
        byte[] b = frame.toArray();
        if (read(b, 6, 2) != crc(b, 0, 6) || read(b, 15, 2) != crc(b, 8, 15)) {
            return Optional.empty();
        }
        long time = read(b, 2, 4);
        if (time % 128 != 0) {
            return Optional.empty();
        }
        return Optional.of(new Beacon(time, b[8] & 0xFF, read(b, 9, 6)));
    }

    static int crc(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= (b[i] & 0xFF) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }

    private static void le(byte[] b, int at, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    private static long read(byte[] b, int at, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xFF);
        }
        return v;
    }
}
