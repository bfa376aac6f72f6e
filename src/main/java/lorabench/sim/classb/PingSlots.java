// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.classb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import lorabench.lorawan.band.ClassB;
import lorabench.lorawan.types.DevAddr;

/// Class B ping slots (LoRaWAN L2 1.0.4 §13.3 "Ping slot randomization"; RP002-1.0.4 "Class B ping slot").
///
/// With `periodicity` p (PingSlotInfoReq), a device opens `pingNb = 2^(7-p)` slots per beacon period, every
/// `pingPeriod = 2^(5+p)` slots of 30 ms, starting at slot `pingOffset` after the 2.12 s beacon-reserved time:
/// `Rand = AES128_encrypt(16 × 0x00, BeaconTime(4, LE) | DevAddr(4, LE) | 8 × 0x00)`,
/// `pingOffset = (Rand[0] + Rand[1] × 256) mod pingPeriod`.
public final class PingSlots {
    public static final Duration SLOT_LENGTH = Duration.ofMillis(30);

    private PingSlots() {
    }

    /// {@return the ping offset of `devAddr` in the beacon period starting at GPS second `beaconTime`}
    public static int pingOffset(long beaconTime, DevAddr devAddr, int periodicity) {
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
        return ((rand[0] & 0xFF) + (rand[1] & 0xFF) * 256) % pingPeriod(periodicity);
    }

    public static int pingNb(int periodicity) {
        check(periodicity);
        return 1 << (7 - periodicity);
    }

    public static int pingPeriod(int periodicity) {
        check(periodicity);
        return 1 << (5 + periodicity);
    }

    /// {@return the start of every ping slot of the beacon period starting at GPS second `beaconTime`}, as UTC
    public static List<Instant> slots(long beaconTime, DevAddr devAddr, int periodicity) {
        int offset = pingOffset(beaconTime, devAddr, periodicity);
        Instant base = GpsTime.toInstant(Duration.ofSeconds(beaconTime)).plus(Beacon.RESERVED);
        List<Instant> out = new ArrayList<>();
        for (int n = 0; n < pingNb(periodicity); n++) {
            out.add(base.plus(SLOT_LENGTH.multipliedBy(offset + (long) n * pingPeriod(periodicity))));
        }
        return out;
    }

    /// {@return the default ping-slot frequency}: fixed, or hopping `(DevAddr + floor(beaconTime / 128)) mod count`
    public static long frequency(ClassB classB, long beaconTime, DevAddr devAddr) {
        List<Long> f = classB.pingSlotFrequenciesHz();
        return f.get((int) Math.floorMod(devAddr.unsigned() + beaconTime / 128, (long) f.size()));
    }

    /// {@return the beacon frequency of the period}: fixed, or hopping `floor(beaconTime / 128) mod count`
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
