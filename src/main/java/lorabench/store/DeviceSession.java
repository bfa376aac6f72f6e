// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.time.Instant;
import java.util.Objects;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// The active session of a device (LoRaWAN L2 1.1 §6.1.2 "end-device activation" state).
///
/// `fCntUp` is the next uplink frame counter the server expects (the last accepted one plus one, 0 for a fresh
/// session); `nFCntDown` and `aFCntDown` the next downlink counters to use (1.1 keeps them apart: FPort 0 and MAC-only
/// frames use NFCntDown, application frames AFCntDown; a 1.0 session uses `nFCntDown` only); `confFCnt` the counter
/// of the last confirmed uplink, which the 1.1 MIC of an acknowledging downlink covers (§4.4). All counters are 32-bit.
/// `macState` is the network server's MAC-layer state as opaque JSON text (the server's `MacStateJson` writes and
/// reads it; the store never looks inside). `pendingMacCommands` are encoded MAC commands waiting to go out in the
/// next downlink.
public record DeviceSession(Eui64 devEui, DevAddr devAddr, MacVersion macVersion, SessionKeys keys, long fCntUp,
        long nFCntDown, long aFCntDown, long confFCnt, String macState, Bytes pendingMacCommands, Instant created,
        Instant updated) {

    public DeviceSession {
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(devAddr, "devAddr");
        Objects.requireNonNull(macVersion, "macVersion");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(macState, "macState");
        Objects.requireNonNull(pendingMacCommands, "pendingMacCommands");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        for (long v : new long[] {fCntUp, nFCntDown, aFCntDown, confFCnt}) {
            // fCntUp may reach 2^32: the next expected value after the last 32-bit counter
            if (v < 0 || v > Device.MAX_FCNT + 1) {
                throw new IllegalArgumentException("frame counters must be 0..4294967296, got " + v);
            }
        }
    }

    /// {@return a new session} with all counters at 0 and no pending MAC commands
    public static DeviceSession start(Eui64 devEui, DevAddr devAddr, MacVersion version, SessionKeys keys,
            String macState) {
        return new DeviceSession(devEui, devAddr, version, keys, 0, 0, 0, 0, macState, Bytes.EMPTY, Instant.EPOCH,
                Instant.EPOCH);
    }

    public DeviceSession withConfFCnt(long newConfFCnt) {
        return new DeviceSession(devEui, devAddr, macVersion, keys, fCntUp, nFCntDown, aFCntDown, newConfFCnt,
                macState, pendingMacCommands, created, updated);
    }

    public DeviceSession withCounters(long newFCntUp, long newNFCntDown, long newAFCntDown) {
        return new DeviceSession(devEui, devAddr, macVersion, keys, newFCntUp, newNFCntDown, newAFCntDown, confFCnt,
                macState, pendingMacCommands, created, updated);
    }

    public DeviceSession withMacState(String state, Bytes pending) {
        return new DeviceSession(devEui, devAddr, macVersion, keys, fCntUp, nFCntDown, aFCntDown, confFCnt, state,
                pending, created, updated);
    }
}
