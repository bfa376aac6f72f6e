// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.GatewayRx;
import lorabench.store.PasswordHasher;
import lorabench.store.PushStatus;
import lorabench.store.SessionKeys;
import lorabench.store.Uplink;
import lorabench.store.UplinkRepository;

/// Store content for push tests: an account owning an ABP device, and stored uplinks with their events.
public final class PushFixture {
    public static final Eui64 GATEWAY = Eui64.parse("0000000012340000");
    public static final PasswordHasher FAST_HASHER = new PasswordHasher(1_000, new Random(3));

    public final Database db;
    public final Account account;
    public final Device device;

    public PushFixture(Database db, String username, String password, Eui64 devEui, DevAddr addr) {
        this.db = db;
        this.account = new AccountRepository(db).insert(Account.newUser(username,
                FAST_HASHER.hash(password.toCharArray())));
        AesKey k = AesKey.of(new byte[16]);
        this.device = new DeviceRepository(db).upsert(Device.abp(devEui, "dev", MacVersion.V1_0_4, BandId.EU868,
                addr, SessionKeys.of10(k, k)).withOwner(Optional.of(account.id())));
    }

    /// Stores an uplink as the network server does (push status PENDING). {@return it}
    public Uplink store(long fCnt, int port, Bytes payload, Instant at) {
        return new UplinkRepository(db).insert(new Uplink(0, device.devEui(), device.devAddr().orElseThrow(), at, fCnt,
                Optional.of(port), false, payload, Bytes.fromHex("40"), 868_100_000, "SF7BW125",
                List.of(new GatewayRx(GATEWAY, -111, -6, 1000, 0, 0)), PushStatus.PENDING));
    }

    /// {@return the event the network server publishes for `u`}
    public static ServerEvent.UplinkReceived event(Uplink u) {
        return new ServerEvent.UplinkReceived(u.received(), u.id(), u.devEui(), u.devAddr(), u.fCnt(), u.fPort(),
                u.payload(), u.confirmed(), 5, List.of(new Reception(GATEWAY, -111, -6, 868_100_000, "SF7BW125",
                        1000, 0, 0, u.received())), u.phyPayload());
    }

    public PushStatus status(Uplink u) {
        return new UplinkRepository(db).find(u.id()).orElseThrow().pushStatus();
    }
}
