// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.classb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import lorabench.lorawan.band.ClassB;
import lorabench.lorawan.types.DevAddr;

/// Class B beacon periods and ping slots (LoRaWAN L2 1.0.4 §13 "Class B", §13.3 "Ping slot randomization";
/// RP002-1.0.4 "Class B ping slot"). All times are GPS time ([GpsTime]) as durations since the GPS epoch.
///
/// A beacon is sent every [#BEACON_PERIOD] at GPS times that are multiples of 128 s (`BeaconTime`). After the
/// [#BEACON_RESERVED] interval, the beacon window is cut into 4096 slots of [#SLOT_LENGTH]. A device with ping-slot
/// periodicity `p` (PingSlotInfoReq, §13.1) opens `pingNb = 2^(7-p)` slots per beacon period, every
/// `pingPeriod = 2^12 / pingNb` slots, the first at `pingOffset`:
///
/// - `Rand = aes128_encrypt(16 × 0x00, BeaconTime(4 bytes, LE) | DevAddr(4 bytes, LE) | 8 × 0x00)`
/// - `pingOffset = (Rand[0] + Rand[1] × 256) mod pingPeriod`
/// - slot `N` (0 ≤ N < pingNb) starts at `BeaconTime + BEACON_RESERVED + (pingOffset + N × pingPeriod) × 30 ms`.
public final class PingSlot {
    public static final Duration BEACON_PERIOD = Duration.ofSeconds(128);
    /// Time reserved for the beacon at the start of each period; ping slots begin after it.
    public static final Duration BEACON_RESERVED = Duration.ofMillis(2120);
    public static final Duration SLOT_LENGTH = Duration.ofMillis(30);
    /// Slots per beacon window (2^12); `pingPeriod = PING_PERIOD_BASE / pingNb`.
    public static final int PING_PERIOD_BASE = 1 << 12;
    /// The periodicity a device uses until it sends PingSlotInfoReq: one slot per beacon period (LoRaMac-node
    /// `REGION_COMMON_DEFAULT_PING_SLOT_PERIODICITY`).
    public static final int DEFAULT_PERIODICITY = 7;

    private PingSlot() {
    }

    /// {@return ping slots per beacon period for `periodicity` (0..7)}: 2^(7 - periodicity)
    public static int pingNb(int periodicity) {
        check(periodicity);
        return 1 << (7 - periodicity);
    }

    /// {@return slots between two ping slots for `periodicity` (0..7)}: 2^12 / pingNb = 2^(5 + periodicity)
    public static int pingPeriod(int periodicity) {
        return PING_PERIOD_BASE / pingNb(periodicity);
    }

    /// {@return the ping offset (0 ≤ offset < pingPeriod) of `devAddr` in the beacon period starting at GPS second
    /// `beaconTime`}; only the low 32 bits of `beaconTime` enter the block, as in the beacon's 4-byte `Time` field
    public static int pingOffset(long beaconTime, DevAddr devAddr, int periodicity) {
        int period = pingPeriod(periodicity);
        byte[] block = new byte[16];
        for (int i = 0; i < 4; i++) {
            block[i] = (byte) (beaconTime >>> (8 * i));
            block[4 + i] = (byte) (devAddr.value() >>> (8 * i));
        }
        byte[] rand;
        try {
            Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[16], "AES"));
            rand = aes.doFinal(block);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("AES is unavailable", e);
        }
        return ((rand[0] & 0xFF) + (rand[1] & 0xFF) * 256) % period;
    }

    /// {@return the start (GPS seconds, a multiple of 128) of the beacon period that contains GPS time `gps`}
    public static long beaconTime(Duration gps) {
        if (gps.isNegative()) {
            throw new IllegalArgumentException("GPS time before the GPS epoch: " + gps);
        }
        return gps.getSeconds() / BEACON_PERIOD.getSeconds() * BEACON_PERIOD.getSeconds();
    }

    /// {@return the GPS time of the first beacon at or after `gps`}
    public static Duration nextBeaconAtOrAfter(Duration gps) {
        long start = beaconTime(gps);
        Duration at = Duration.ofSeconds(start);
        return at.equals(gps) ? at : at.plus(BEACON_PERIOD);
    }

    /// {@return the start of every ping slot of `devAddr` in the beacon period starting at GPS second `beaconTime`},
    /// in order, as GPS times
    public static List<Duration> slots(long beaconTime, DevAddr devAddr, int periodicity) {
        if (beaconTime < 0 || beaconTime % BEACON_PERIOD.getSeconds() != 0) {
            throw new IllegalArgumentException("beacon time must be a non-negative multiple of 128 s: " + beaconTime);
        }
        int offset = pingOffset(beaconTime, devAddr, periodicity);
        int period = pingPeriod(periodicity);
        Duration base = Duration.ofSeconds(beaconTime).plus(BEACON_RESERVED);
        List<Duration> out = new ArrayList<>();
        for (int n = 0; n < pingNb(periodicity); n++) {
            out.add(base.plus(SLOT_LENGTH.multipliedBy(offset + (long) n * period)));
        }
        return out;
    }

    /// {@return the start of the first ping slot of `devAddr` strictly after GPS time `gps`}
    public static Duration nextSlotAfter(Duration gps, DevAddr devAddr, int periodicity) {
        for (long beacon = beaconTime(gps); ; beacon += BEACON_PERIOD.getSeconds()) {
            for (Duration slot : slots(beacon, devAddr, periodicity)) {
                if (slot.compareTo(gps) > 0) {
                    return slot;
                }
            }
        }
    }

    /// {@return the default ping-slot frequency of the beacon period at GPS second `beaconTime`} (RP002-1.0.4): the
    /// single frequency, or hopping over the list with `(DevAddr + floor(beaconTime / 128)) mod count`
    public static long frequency(ClassB classB, long beaconTime, DevAddr devAddr) {
        List<Long> f = classB.pingSlotFrequenciesHz();
        return f.get((int) Math.floorMod(devAddr.unsigned() + beaconTime / 128, (long) f.size()));
    }

    /// {@return the beacon frequency of the period at GPS second `beaconTime`} (RP002-1.0.4): the single frequency,
    /// or hopping with `floor(beaconTime / 128) mod count`
    public static long beaconFrequency(ClassB classB, long beaconTime) {
        List<Long> f = classB.beaconFrequenciesHz();
        return f.get((int) Math.floorMod(beaconTime / 128, (long) f.size()));
    }

    private static void check(int periodicity) {
        if (periodicity < 0 || periodicity > 7) {
            throw new IllegalArgumentException("ping-slot periodicity must be 0..7, got " + periodicity);
        }
    }
}
