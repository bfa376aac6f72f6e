// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.LogEvent;
import lorabench.store.SessionKeys;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogRepository;

/// A seeded session log: three frames of two ABP LoRaWAN 1.0.3 devices.
///
/// The PHYPayloads were built with this project's `PayloadCipher` and `Mic` (LoRaWAN L2 1.0.4 §4.3.3, §4.4) from
/// NwkSKey `2B7E151628AED2A6ABF7158809CF4F3C` (the FIPS-197 / RFC 4493 example key) and AppSKey
/// `000102030405060708090A0B0C0D0E0F`:
/// ```
/// 40 | DA1B0126 | 00 | 0100 | 01 | 9A96C8F0FC | 276F0037     UnconfirmedDataUp, FCnt 1, FPort 1, "Hello"
/// 60 | DA1B0126 | 00 | 0000 | 01 | CA97       | 63268003     UnconfirmedDataDown, FCnt 0, FPort 1, 0102
/// 40 | DB1B0126 | 00 | 0700 | 02 | 9D         | D8E91B09     UnconfirmedDataUp of 26011BDB, FCnt 7
/// ```
/// Tshark checks them independently: with the key table it decrypts "Hello" and reports the MIC as good.
final class ExportFixtures {
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    static final Eui64 DEV1 = Eui64.parse("0004A30B001C0530");
    static final Eui64 DEV2 = Eui64.parse("0004A30B001C0531");
    static final Eui64 GATEWAY = Eui64.parse("0102030405060708");
    static final DevAddr ADDR1 = DevAddr.parse("26011BDA");
    static final DevAddr ADDR2 = DevAddr.parse("26011BDB");
    static final AesKey NWK_S_KEY = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
    static final AesKey APP_S_KEY = AesKey.parse("000102030405060708090A0B0C0D0E0F");
    static final String UP1 = "40DA1B0126000100019A96C8F0FC276F0037";
    static final String DOWN1 = "60DA1B012600000001CA9763268003";
    static final String UP2 = "40DB1B0126000700029DD8E91B09";

    private ExportFixtures() {}

    static List<SessionLogEntry> entries() {
        SessionLogEntry up = SessionLogEntry.of(T0, Direction.UPLINK, "UnconfirmedDataUp", Bytes.fromHex(UP1),
                        868_100_000L, "SF7BW125", LogEvent.UPLINK)
                .withDevice(Optional.of(DEV1), Optional.of(ADDR1))
                .withGateway(GATEWAY, Optional.of(-57.0), Optional.of(9.5))
                .withFrame(Optional.of(1L), Optional.of(1), Optional.of(Bytes.fromHex("48656C6C6F")),
                        Optional.of(true));
        SessionLogEntry down = SessionLogEntry.of(T0.plusMillis(1_250), Direction.DOWNLINK, "UnconfirmedDataDown",
                        Bytes.fromHex(DOWN1), 869_525_000L, "SF9BW125", LogEvent.DOWNLINK)
                .withDevice(Optional.of(DEV1), Optional.of(ADDR1))
                .withGateway(GATEWAY, Optional.empty(), Optional.empty())
                .withFrame(Optional.of(0L), Optional.of(1), Optional.of(Bytes.fromHex("0102")), Optional.empty());
        SessionLogEntry rejected = SessionLogEntry.of(T0.plusSeconds(60), Direction.UPLINK, "UnconfirmedDataUp",
                        Bytes.fromHex(UP2), 868_500_000L, "SF12BW125", LogEvent.REJECTED)
                .withDevice(Optional.of(DEV2), Optional.of(ADDR2))
                .withGateway(GATEWAY, Optional.of(-120.25), Optional.of(-12.75))
                .withFrame(Optional.of(0x1_0007L), Optional.of(2), Optional.empty(), Optional.of(false))
                .withReason(Optional.of("MIC mismatch, \"replayed\""));
        return List.of(up, down, rejected);
    }

    /// Stores the two devices and the three entries.
    static void seed(Database db) {
        DeviceRepository devices = new DeviceRepository(db);
        devices.upsert(Device.abp(DEV1, "one", MacVersion.V1_0_3, lorabench.lorawan.band.BandId.EU868, ADDR1,
                SessionKeys.of10(NWK_S_KEY, APP_S_KEY)));
        devices.upsert(Device.abp(DEV2, "two", MacVersion.V1_0_3, lorabench.lorawan.band.BandId.EU868, ADDR2,
                SessionKeys.of10(NWK_S_KEY, NWK_S_KEY)));
        new SessionLogRepository(db).insertAll(entries());
    }
}
