// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.Objects;
import java.util.random.RandomGenerator;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.NetId;
import lorabench.store.DeviceSessionRepository;

/// Allocates DevAddrs inside the NetID's address block (LoRaWAN Backend Interfaces TS002-1.1.0 §13, "DevAddr
/// assignment"): `AddrPrefix | NwkID | NwkAddr`, where the prefix is `type` one-bits then a zero, the NwkID is the
/// low bits of the NetID (6, 6, 9, 11, 12, 13, 15 or 17 bits for types 0..7) and NwkAddr is random. A few draws
/// avoid an address already in use; a collision that remains is legal (the MIC tells the sessions apart).
public final class DevAddrAllocator {
    private static final int[] NWK_ID_BITS = {6, 6, 9, 11, 12, 13, 15, 17};
    private static final int ATTEMPTS = 8;

    private final NetId netId;
    private final RandomGenerator random;
    private final DeviceSessionRepository sessions;

    public DevAddrAllocator(NetId netId, RandomGenerator random, DeviceSessionRepository sessions) {
        this.netId = Objects.requireNonNull(netId, "netId");
        this.random = Objects.requireNonNull(random, "random");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /// {@return a DevAddr of the NetID}, unused if one was found in a few draws
    public DevAddr allocate() {
        DevAddr candidate = draw();
        for (int i = 1; i < ATTEMPTS && !sessions.findByDevAddr(candidate).isEmpty(); i++) {
            candidate = draw();
        }
        return candidate;
    }

    /// {@return whether `addr` lies in the NetID's block}
    public boolean owns(DevAddr addr) {
        int type = netId.type();
        int fixedBits = type + 1 + NWK_ID_BITS[type];
        return (addr.value() >>> (32 - fixedBits)) == (prefix() >>> (32 - fixedBits));
    }

    private DevAddr draw() {
        int type = netId.type();
        int nwkAddrBits = 32 - (type + 1) - NWK_ID_BITS[type];
        int nwkAddr = random.nextInt() & ((1 << nwkAddrBits) - 1);
        return new DevAddr(prefix() | nwkAddr);
    }

    private int prefix() {
        int type = netId.type();
        int idBits = NWK_ID_BITS[type];
        int nwkId = netId.value() & ((1 << idBits) - 1);
        int typePrefix = (int) (((1L << type) - 1) << 1); // `type` ones then a zero, type + 1 bits
        return (typePrefix << (31 - type)) | (nwkId << (32 - (type + 1) - idBits));
    }
}
