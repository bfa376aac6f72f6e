// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lorabench.api.orbiwise.OwSessionIds;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Txpk;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvent.JoinRejectReason;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.Page;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogQuery;
import lorabench.store.SessionLogRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Application-managed joins end to end (seed 004 §Join Callback, §Join-Info Callback, key schemes): a device
/// registered over REST without AppKey sends its join-request through a gateway on UDP; the server asks the
/// application ([JoiningApplication], which signs and encrypts the join-accept with the protocol core's crypto)
/// and sends its answer; payloads then pass encrypted both ways, chosen by `session_id`.
class OwApplicationJoinTest {
    static final String EUI = "0011223344556677";
    static final Eui64 DEV = Eui64.parse(EUI);
    static final Eui64 JOIN_EUI = Eui64.parse("70B3D57ED0000001");
    static final AesKey APP_KEY = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");

    @TempDir
    Path dir;

    /// The device's side: its AppKey, the session it derived from the last join-accept.
    static final class Device {
        DevNonce devNonce;
        DevAddr addr;
        AesKey nwkSKey;
        AesKey appSKey;

        Bytes joinRequest(int nonce) {
            devNonce = new DevNonce(nonce);
            JoinRequest jr = new JoinRequest(MHdr.of(MType.JOIN_REQUEST), JOIN_EUI, DEV, devNonce,
                    Bytes.of(new byte[4]));
            return FrameCodec.encode(jr.withMic(Mic.joinRequest(APP_KEY, FrameCodec.micInput(jr))));
        }

        void accept(Bytes phy) throws Exception {
            EncryptedJoinAccept enc = (EncryptedJoinAccept) FrameCodec.decode(phy);
            JoinAccept ja = FrameCodec.decodeJoinAcceptPlaintext(enc.mHdr(),
                    JoinAcceptCipher.decrypt(APP_KEY, enc.encrypted()));
            assertEquals(Mic.joinAccept10(APP_KEY, FrameCodec.micInput(ja)), ja.mic(), "join-accept MIC");
            var k = SessionKeys.derive10(APP_KEY, ja.joinNonce(), ja.netId(), devNonce);
            addr = ja.devAddr();
            nwkSKey = k.nwkSKey();
            appSKey = k.appSKey();
        }

        Bytes uplink(long fCnt, int port, Bytes payload) {
            FHdr fHdr = FHdr.of(addr, FCtrl.uplink(false, false, false, false, 0), (int) fCnt, Bytes.EMPTY);
            DataFrame f = DataFrame.of(MType.UNCONFIRMED_DATA_UP, fHdr, port,
                    PayloadCipher.encrypt(appSKey, Direction.UPLINK, addr, fCnt, payload), Bytes.of(new byte[4]));
            return FrameCodec.encode(f.withMic(Mic.dataUplink10(nwkSKey, addr, fCnt, FrameCodec.micInput(f))));
        }
    }

    static void send(OwHarness h, Bytes phy, long tmst) throws Exception {
        h.gatewayClient().pushRxpk(Rxpk.loRa(tmst, 868_100_000, 0, new Datr.LoRa(7, 125), CodingRate.CR_4_5, -60,
                5.5, phy)).get(OwHarness.DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    /// Registers the device without keys and starts admin's push mode towards `app`.
    static void setUp(OwHarness h, JoiningApplication app) throws Exception {
        OwHarness.Answer reg = h.call("POST", "/rest/nodes", h.admin(), "{\"DevEUI\":\"" + EUI + "\",\"appeui\":\""
                + JOIN_EUI + "\",\"lora_device_class\":0,\"lora_fcnt_32bit\":true,\"lora_rx2_sf\":\"SF12\","
                + "\"MACVersion\":\"1.0.2\",\"RFRegion\":\"EU868\"}");
        assertEquals(200, reg.status(), reg.body());
        OwHarness.Answer start = h.call("PUT", "/rest/pushmode/start", h.admin(), "{\"host\":\"http://127.0.0.1\","
                + "\"port\":" + app.port() + "}");
        assertEquals(200, start.status(), start.body());
        h.connectGateway(0xAA555A0000000001L);
    }

    /// {@return the next PULL_RESP carrying a data frame on `port`}, skipping MAC-only ones
    static DataFrame downlinkOn(OwHarness h, int port) throws Exception {
        long end = System.nanoTime() + OwHarness.DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            Txpk t = h.txpk();
            if (FrameCodec.decode(t.data()) instanceof DataFrame d && d.fPort().isPresent()
                    && d.fPort().get().value() == port) {
                return d;
            }
        }
        throw new AssertionError("no downlink on port " + port);
    }

    @Test
    void theApplicationJoinsTheDeviceAndPayloadsPassEncryptedBothWays() throws Exception {
        try (OwHarness h = new OwHarness(dir); JoiningApplication app = new JoiningApplication(APP_KEY)) {
            setUp(h, app);
            Device dev = new Device();
            send(h, dev.joinRequest(0x0102), 1_000_000);

            JsonNode join = app.next("/rest/callback/join").body();
            assertEquals(EUI, join.path("DevEUI").asText());
            assertEquals(JOIN_EUI.toString(), join.path("appeui").asText());
            assertEquals(dev.joinRequest(0x0102), Bytes.wrap(Base64.getDecoder().decode(
                    join.path("join_request").asText())), "join_request is the raw PHYPayload");
            assertEquals(13, Base64.getDecoder().decode(join.path("join_accept").asText()).length,
                    "clear join-accept: MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay, no MIC");
            String session = join.path("session_id").asText();

            dev.accept(h.txpk().data());
            assertEquals(session, OwSessionIds.of(DEV, dev.addr), "session_id names the new session");
            assertEquals(app.appSKeys.get(session), dev.appSKey, "the application derived the device's AppSKey");
            JsonNode accepted = app.nextJoinInfo().body();
            assertEquals("JOIN_ACCEPTED", accepted.path("join_status").asText());
            assertEquals(session, accepted.path("session_id").asText());
            var stored = new DeviceSessionRepository(h.server.database()).find(DEV).orElseThrow();
            assertEquals(dev.nwkSKey, stored.keys().nwkSKey(), "the NwkSKey from the answer is stored");
            assertTrue(stored.keys().appSKey().isEmpty(), "no AppSKey is known to the network");

            Bytes plain = Bytes.fromHex("C0FFEE01");
            send(h, dev.uplink(0, 10, plain), 2_000_000);
            JsonNode up = app.next("/rest/callback/payloads/ul").body();
            assertFalse(up.path("decrypted").asBoolean(true));
            assertEquals(session, up.path("session_id").asText());
            Bytes frame = Bytes.wrap(Base64.getDecoder().decode(up.path("dataFrame").asText()));
            assertEquals(plain, PayloadCipher.decrypt(app.appSKeys.get(session), Direction.UPLINK, dev.addr, 0,
                    frame), "the application decrypts with the AppSKey its session_id selects");
            JsonNode complete = app.nextJoinInfo().body();
            assertEquals("JOIN_COMPLETE", complete.path("join_status").asText());
            assertEquals(session, complete.path("session_id").asText());

            OwHarness.Answer noFcnt = h.call("POST", "/rest/nodes/" + EUI + "/payloads/dl?port=5", h.admin(),
                    "AQI=");
            assertEquals(400, noFcnt.status(), "fcnt is mandatory when the application encrypts");
            assertTrue(noFcnt.body().contains("fcnt"), noFcnt.body());
            Bytes down = Bytes.fromHex("0102");
            Bytes sealed = PayloadCipher.encrypt(app.appSKeys.get(session), Direction.DOWNLINK, dev.addr, 7, down);
            OwHarness.Answer post = h.call("POST", "/rest/nodes/" + EUI + "/payloads/dl?port=5&fcnt=7&confirmed=false",
                    h.admin(), Base64.getEncoder().encodeToString(sealed.toArray()));
            assertEquals(200, post.status(), post.body());
            send(h, dev.uplink(1, 10, plain), 3_000_000);
            DataFrame dl = downlinkOn(h, 5);
            assertEquals(7, dl.fHdr().fCnt());
            assertEquals(sealed, dl.frmPayload(), "the application's ciphertext goes out unchanged");
            assertEquals(down, PayloadCipher.decrypt(dev.appSKey, Direction.DOWNLINK, dev.addr, 7, dl.frmPayload()));
        }
    }

    @Test
    void aForbiddenAnswerRefusesTheJoinWithATrace() throws Exception {
        try (OwHarness h = new OwHarness(dir); JoiningApplication app = new JoiningApplication(APP_KEY)) {
            setUp(h, app);
            app.mode = JoiningApplication.Mode.REFUSE_403;
            send(h, new Device().joinRequest(1), 1_000_000);
            app.next("/rest/callback/join");
            var rejected = h.await(ServerEvent.JoinRejected.class, e -> e.devEui().equals(DEV));
            assertEquals(JoinRejectReason.APPLICATION_REFUSED, rejected.reason());
            assertTrue(rejected.detail().contains("403"), rejected.detail());
            assertEquals("JOIN_NOT_PROCESSED", app.nextJoinInfo().body().path("join_status").asText());
            assertTrue(new DeviceSessionRepository(h.server.database()).find(DEV).isEmpty(), "no session");
            assertTrue(logReason(h).startsWith("application_refused: "), logReason(h));
        }
    }

    @Test
    void anApplicationThatNeverAnswersLosesTheJoinAtTheDeadline() throws Exception {
        try (OwHarness h = new OwHarness(dir); JoiningApplication app = new JoiningApplication(APP_KEY)) {
            setUp(h, app);
            app.mode = JoiningApplication.Mode.HANG;
            send(h, new Device().joinRequest(2), 1_000_000);
            app.next("/rest/callback/join");
            var rejected = h.await(ServerEvent.JoinRejected.class, e -> e.devEui().equals(DEV));
            assertEquals(JoinRejectReason.NO_KEY_SOURCE, rejected.reason());
            assertTrue(rejected.detail().contains("timeout after 3000 ms"), rejected.detail());
            assertEquals("JOIN_NOT_PROCESSED", app.nextJoinInfo().body().path("join_status").asText());
            assertTrue(logReason(h).startsWith("no_key_source: "), logReason(h));
        }
    }

    @Test
    void anUnusableAnswerRefusesTheJoin() throws Exception {
        try (OwHarness h = new OwHarness(dir); JoiningApplication app = new JoiningApplication(APP_KEY)) {
            setUp(h, app);
            app.mode = JoiningApplication.Mode.BAD_ANSWER;
            send(h, new Device().joinRequest(4), 1_000_000);
            var rejected = h.await(ServerEvent.JoinRejected.class, e -> e.devEui().equals(DEV));
            assertEquals(JoinRejectReason.NO_KEY_SOURCE, rejected.reason());
            assertTrue(rejected.detail().contains("without a usable body"), rejected.detail());
            assertEquals("JOIN_NOT_PROCESSED", app.nextJoinInfo().body().path("join_status").asText());
        }
    }

    @Test
    void withoutPushModeTheJoinIsRefusedAtOnce() throws Exception {
        try (OwHarness h = new OwHarness(dir); JoiningApplication app = new JoiningApplication(APP_KEY)) {
            setUp(h, app);
            assertEquals(200, h.call("PUT", "/rest/pushmode/stop", h.admin(), "").status());
            send(h, new Device().joinRequest(5), 1_000_000);
            var rejected = h.await(ServerEvent.JoinRejected.class, e -> e.devEui().equals(DEV));
            assertEquals(JoinRejectReason.NO_KEY_SOURCE, rejected.reason());
            assertTrue(rejected.detail().contains("no pull mode for joins"), rejected.detail());
        }
    }

    @Test
    void aWrongMicIsReportedAsBadMic() throws Exception {
        try (OwHarness h = new OwHarness(dir); JoiningApplication app = new JoiningApplication(
                AesKey.parse("000102030405060708090A0B0C0D0E0F"))) {
            setUp(h, app);
            send(h, new Device().joinRequest(3), 1_000_000);
            var rejected = h.await(ServerEvent.JoinRejected.class, e -> e.devEui().equals(DEV));
            assertEquals(JoinRejectReason.BAD_MIC, rejected.reason(), "406 from the application");
            assertEquals("JOIN_FAILURE_BAD_MIC", app.nextJoinInfo().body().path("join_status").asText());
        }
    }

    @Test
    void aDeviceThatMissedItsRejoinGoesOnWithTheOldSession() throws Exception {
        try (OwHarness h = new OwHarness(dir); JoiningApplication app = new JoiningApplication(APP_KEY)) {
            setUp(h, app);
            Device dev = new Device();
            send(h, dev.joinRequest(10), 1_000_000);
            dev.accept(h.txpk().data());
            String first = OwSessionIds.of(DEV, dev.addr);
            send(h, dev.uplink(0, 10, Bytes.fromHex("01")), 2_000_000);
            h.await(ServerEvent.JoinCompleted.class, e -> e.devEui().equals(DEV));

            Device lost = new Device();
            send(h, lost.joinRequest(11), 3_000_000); // the device never receives this join-accept
            lost.accept(h.txpk().data());
            h.await(ServerEvent.JoinAccepted.class, e -> e.devAddr().equals(lost.addr));
            send(h, dev.uplink(1, 10, Bytes.fromHex("02")), 4_000_000);

            var aborted = h.await(ServerEvent.JoinAborted.class, e -> e.devEui().equals(DEV));
            assertEquals(dev.addr, aborted.devAddr());
            List<String> states = new java.util.ArrayList<>();
            JsonNode info;
            do {
                info = app.nextJoinInfo().body();
                states.add(info.path("join_status").asText());
            } while (!info.path("join_status").asText().equals("JOIN_ABORTED"));
            assertEquals(first, info.path("session_id").asText(), "the old session is back: " + states);
            JsonNode up;
            do {
                up = app.next("/rest/callback/payloads/ul").body();
            } while (up.path("fcnt").asLong() != 1);
            assertEquals(first, up.path("session_id").asText(), "the uplink is taken on the old session");
        }
    }

    @Test
    void aLorawan11DeviceWithoutAppKeyIsJoinedByTheNetworkAndTheApplicationDerivesAppSKey() throws Exception {
        AesKey nwkKey = AesKey.parse("000102030405060708090A0B0C0D0E0F");
        Eui64 eui = Eui64.parse("0011223344556688");
        try (OwHarness h = new OwHarness(dir); JoiningApplication app = new JoiningApplication(APP_KEY)) {
            app.mode = JoiningApplication.Mode.ACKNOWLEDGE;
            assertEquals(200, h.call("POST", "/rest/nodes", h.admin(), "{\"DevEUI\":\"" + eui + "\",\"appeui\":\""
                    + JOIN_EUI + "\",\"nwkkey\":\"" + nwkKey.toHex() + "\",\"lora_device_class\":0,"
                    + "\"lora_fcnt_32bit\":true,\"lora_rx2_sf\":\"SF12\",\"MACVersion\":\"1.1.1\","
                    + "\"RFRegion\":\"EU868\"}").status());
            assertEquals(200, h.call("PUT", "/rest/pushmode/start", h.admin(), "{\"host\":\"http://127.0.0.1\","
                    + "\"port\":" + app.port() + "}").status());
            h.connectGateway(0xAA555A0000000003L);
            DevNonce nonce = new DevNonce(7);
            JoinRequest jr = new JoinRequest(MHdr.of(MType.JOIN_REQUEST), JOIN_EUI, eui, nonce, Bytes.of(new byte[4]));
            send(h, FrameCodec.encode(jr.withMic(Mic.joinRequest(nwkKey, FrameCodec.micInput(jr)))), 1_000_000);

            // the device: decrypts with NwkKey, checks the MIC under JSIntKey, derives its four keys
            EncryptedJoinAccept enc = (EncryptedJoinAccept) FrameCodec.decode(h.txpk().data());
            JoinAccept ja = FrameCodec.decodeJoinAcceptPlaintext(enc.mHdr(),
                    JoinAcceptCipher.decrypt(nwkKey, enc.encrypted()));
            assertEquals(Mic.joinAccept11(SessionKeys.jsIntKey(nwkKey, eui), 0xFF, JOIN_EUI, nonce,
                    FrameCodec.micInput(ja)), ja.mic());
            var keys = SessionKeys.derive11(APP_KEY, nwkKey, ja.joinNonce(), JOIN_EUI, nonce);

            // the application: the raw JOIN as a notification, AppSKey derived from its AppKey alone
            JsonNode join = app.next("/rest/callback/join").body();
            Bytes clear = Bytes.wrap(Base64.getDecoder().decode(join.path("join_accept").asText()));
            JoinAccept seen = FrameCodec.decodeJoinAcceptPlaintext(MHdr.fromByte(clear.get(0)),
                    clear.slice(1, clear.size()).concat(Bytes.of(new byte[4])));
            var request = (JoinRequest) FrameCodec.decode(Bytes.wrap(Base64.getDecoder().decode(
                    join.path("join_request").asText())));
            // AppSKey = aes(AppKey, 0x02 | JoinNonce | JoinEUI | DevNonce): the NwkKey argument does not enter it
            AesKey appSKey = SessionKeys.derive11(APP_KEY, APP_KEY, seen.joinNonce(), request.joinEui(),
                    request.devNonce()).appSKey();
            assertEquals(keys.appSKey(), appSKey);
            var stored = new DeviceSessionRepository(h.server.database()).find(eui).orElseThrow();
            assertEquals(keys.sNwkSIntKey(), stored.keys().sNwkSIntKey());
            assertTrue(stored.keys().appSKey().isEmpty());

            Bytes plain = Bytes.fromHex("AB");
            FHdr fHdr = FHdr.of(ja.devAddr(), FCtrl.uplink(false, false, false, false, 0), 0, Bytes.EMPTY);
            DataFrame f = DataFrame.of(MType.UNCONFIRMED_DATA_UP, fHdr, 2, PayloadCipher.encrypt(keys.appSKey(),
                    Direction.UPLINK, ja.devAddr(), 0, plain), Bytes.of(new byte[4]));
            // EU868 DR5 on 868.1 MHz: TxDr 5, TxCh 0
            send(h, FrameCodec.encode(f.withMic(Mic.dataUplink11(keys.fNwkSIntKey(), keys.sNwkSIntKey(),
                    ja.devAddr(), 0, 0, 5, 0, FrameCodec.micInput(f)))), 2_000_000);
            JsonNode up = app.next("/rest/callback/payloads/ul").body();
            assertFalse(up.path("decrypted").asBoolean(true));
            assertEquals(plain, PayloadCipher.decrypt(appSKey, Direction.UPLINK, ja.devAddr(), 0,
                    Bytes.wrap(Base64.getDecoder().decode(up.path("dataFrame").asText()))));
            assertEquals("JOIN_ACCEPTED", app.nextJoinInfo().body().path("join_status").asText());
            assertEquals("JOIN_COMPLETE", app.nextJoinInfo().body().path("join_status").asText());
        }
    }

    @Test
    void anAbpDeviceWithoutAppSKeyPassesItsPayloadThrough() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            OwHarness.Abp dev = OwHarness.Abp.of("0A0B0C0D0E0F0001", "26011BDA", "2B7E151628AED2A6ABF7158809CF4F3C",
                    "000102030405060708090A0B0C0D0E0F");
            OwHarness.Answer reg = h.call("POST", "/rest/nodes", h.admin(), "{\"DevEUI\":\"" + dev.devEui()
                    + "\",\"devaddr\":\"" + dev.addr() + "\",\"nwkskey\":\"" + dev.nwkSKey().toHex()
                    + "\",\"lora_device_class\":0,\"lora_fcnt_32bit\":true,\"lora_rx2_sf\":\"SF12\","
                    + "\"MACVersion\":\"1.0.2\",\"RFRegion\":\"EU868\"}");
            assertEquals(200, reg.status(), reg.body());
            h.connectGateway(0xAA555A0000000002L);
            Bytes plain = Bytes.fromHex("DEADBEEF");
            h.uplink(dev, 4, 3, plain, false, Bytes.EMPTY, 1_000_000);
            h.await(ServerEvent.UplinkReceived.class, e -> e.devEui().equals(dev.devEui()));
            JsonNode u = h.call("GET", "/rest/nodes/" + dev.devEui() + "/payloads/ul/latest?data_format=hex",
                    h.admin(), null).json();
            assertFalse(u.path("decrypted").asBoolean(true));
            assertEquals(PayloadCipher.encrypt(dev.appSKey(), Direction.UPLINK, dev.addr(), 4, plain).toHex(),
                    u.path("dataFrame").asText(), "the FRMPayload as on air");
            JsonNode node = h.call("GET", "/rest/nodes/" + dev.devEui() + "?all=true", h.admin(), null).json();
            assertFalse(node.has("appskey") && !node.path("appskey").asText().isEmpty(), node.toString());
        }
    }

    private static String logReason(OwHarness h) {
        long end = System.nanoTime() + OwHarness.DEADLINE.toNanos();
        var log = new SessionLogRepository(h.server.database());
        do {
            var rows = log.list(new SessionLogQuery(java.util.Optional.of(DEV), java.util.Optional.empty(),
                    java.util.Optional.empty()), Page.first(10)).stream().map(SessionLogEntry::reason)
                    .flatMap(java.util.Optional::stream).toList();
            if (!rows.isEmpty()) {
                return rows.getLast();
            }
        } while (System.nanoTime() < end);
        return "(no rejected row)";
    }
}
