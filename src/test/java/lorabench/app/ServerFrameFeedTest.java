// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.SessionKeys;
import lorabench.ui.frames.CapturedFrame;
import lorabench.ui.frames.FrameRow;
import lorabench.ui.frames.MicStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// Server events become Live frames rows with radio metadata, the server's MIC verdict and the device's keys.
class ServerFrameFeedTest {
    private static final Eui64 DEV = Eui64.parse("0004A30B001C0530");
    private static final Eui64 GW = Eui64.parse("AA555A0000000001");
    private static final AesKey KEY = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private final Database db = Database.open(DatabaseConfig.h2Memory("feed-" + System.nanoTime()));
    private final ServerFrameFeed.Mapper mapper = new ServerFrameFeed.Mapper(new ServerFrameFeed.KeysLookup(db));
    private final List<Reception> heard = List.of(new Reception(GW, -87, 9.5, 868_100_000, "SF7BW125", 1, 0, 0, AT));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAcceptedUplinkCarriesRadioVerdictAndSessionKeys() {
        new DeviceRepository(db).upsert(Device.otaa(DEV, "d", MacVersion.V1_0_4, BandId.EU868, new Eui64(1), KEY,
                Optional.empty()));
        new DeviceSessionRepository(db).save(DeviceSession.start(DEV, new DevAddr(0x26011BDA), MacVersion.V1_0_4,
                SessionKeys.of10(KEY, KEY), "{}"));
        Bytes phy = Bytes.fromHex("40DA1B0126000100" + "01" + "AB" + "00000000");
        CapturedFrame f = mapper.map(new ServerEvent.UplinkReceived(AT, 1, DEV, new DevAddr(0x26011BDA), 1,
                Optional.of(1), Bytes.fromHex("00"), false, 5, heard, phy)).orElseThrow();
        assertEquals(Direction.UPLINK, f.direction());
        assertEquals(Optional.of(GW), f.gateway());
        assertEquals(-87, f.rssi().getAsDouble());
        assertEquals(Optional.of("SF7BW125"), f.dataRate());
        assertEquals(Optional.of(true), f.micValid());
        assertTrue(f.keys().orElseThrow().appSKey().isPresent());
        FrameRow row = FrameRow.of(1, f, java.time.ZoneOffset.UTC);
        assertEquals("26011BDA", row.device());
        assertEquals(MicStatus.VALID, row.mic());
    }

    @Test
    void joinsDownlinksAndRejectionsBecomeFramesAndOtherEventsDoNot() {
        Bytes request = Bytes.fromHex("00010000D07ED5B37030051C000BA3040001000102030405");
        var rejected = mapper.map(new ServerEvent.JoinRejected(AT, DEV, new Eui64(1), new DevNonce(1),
                ServerEvent.JoinRejectReason.BAD_MIC, "bad", request, heard)).orElseThrow();
        assertEquals(Optional.of(false), rejected.micValid());
        assertEquals(Optional.of(DEV), rejected.devEui());
        var down = mapper.map(new ServerEvent.DownlinkTransmitted(AT, Bytes.fromHex("20010203"), GW, 869_525_000,
                "SF12BW125", ServerEvent.RxWindow.RX2, Optional.of(DEV))).orElseThrow();
        assertEquals(Direction.DOWNLINK, down.direction());
        assertEquals(869_525_000, down.frequency().getAsLong());
        var dropped = mapper.map(new ServerEvent.FrameRejected(AT, Optional.of(GW), Bytes.fromHex("40"),
                ServerEvent.RejectReason.MIC_MISMATCH, "x")).orElseThrow();
        assertEquals(Optional.of(false), dropped.micValid());
        assertTrue(mapper.map(new ServerEvent.MacExchange(AT, DEV, "LinkCheckReq", Direction.UPLINK)).isEmpty());
    }
}
