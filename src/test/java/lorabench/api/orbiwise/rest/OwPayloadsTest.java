// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.server.event.ServerEvent;
import lorabench.store.DownlinkStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// OW-E (payloads), OW-D-10/11 (DevStatus through the MAC layer), OW-K multicast: a gateway and an ABP device are
/// played over UDP against the real server.
class OwPayloadsTest {
    static final String NWK = "2B7E151628AED2A6ABF7158809CF4F3C";
    static final String APP = "000102030405060708090A0B0C0D0E0F";

    @TempDir
    Path dir;

    @Test
    void uplinksDownlinksTransmissionStatusAndDevStatus() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String alice = h.user("alice", "\"can_access_gtw_info\":true");
            String bob = h.user("bob", "");
            OwHarness.Abp dev = OwHarness.Abp.of("0102030405060708", "26011BDA", NWK, APP);
            assertEquals(200, h.registerAbp(alice, "0102030405060708", "26011BDA", NWK, APP, "").status());
            h.connectGateway(0xC1);
            assertEquals(204, h.call("GET", "/rest/nodes/0102030405060708/payloads/ul", alice, null).status());

            // downlinks: confirmed by default; fail_on_busy -> 409; replace_on_busy cancels (status 5)
            OwHarness.Answer first = h.call("POST", "/rest/nodes/0102030405060708/payloads/dl?port=5", alice, "AQI=");
            assertEquals(200, first.status(), first.body());
            assertEquals(0, first.json().get("transmissionStatus").asInt());
            assertEquals(5, first.json().get("port").asInt());
            assertEquals(0, first.json().get("fcnt").asInt());
            assertFalse(first.json().has("data"), "data is off by default");
            assertEquals(409, h.call("POST", "/rest/nodes/0102030405060708/payloads/dl?port=5&mode=fail_on_busy",
                    alice, "AQI=").status());
            OwHarness.Answer repl = h.call("POST", "/rest/nodes/0102030405060708/payloads/dl?port=6&data_format=hex"
                    + "&mode=replace_on_busy", alice, "CAFE");
            assertEquals(200, repl.status());
            long id = repl.json().get("id").asLong();
            assertEquals(5, h.call("GET", "/rest/nodes/0102030405060708/payloads/dl/" + first.json().get("id")
                    .asLong(), alice, null).json().get("transmissionStatus").asInt());
            assertEquals(400, h.call("POST", "/rest/nodes/0102030405060708/payloads/dl", alice, "AQI=").status(),
                    "port is required");
            assertEquals(400, h.call("POST", "/rest/nodes/0102030405060708/payloads/dl?port=1&data_format=hex",
                    alice, "XYZ").status());
            assertEquals(404, h.call("POST", "/rest/nodes/0102030405060708/payloads/dl?port=1", bob, "AQI=")
                    .status());

            // DevStatus: request, then the uplink pulls the downlink carrying DevStatusReq and the app payload
            assertEquals(0, h.call("GET", "/rest/nodes/0102030405060708/status", alice, null).json()
                    .get("req_status").asInt());
            assertEquals(200, h.call("PUT", "/rest/nodes/0102030405060708/status", alice, null).status());
            assertEquals(1, h.call("GET", "/rest/nodes/0102030405060708/status", alice, null).json()
                    .get("req_status").asInt());

            h.uplink(dev, 0, 10, Bytes.fromHex("CAFE01"), false, Bytes.EMPTY, 1_000_000);
            h.await(ServerEvent.UplinkReceived.class, e -> e.fCnt32() == 0);
            DataFrame down = h.downlink();
            assertEquals(Optional.of(6), down.fPort().map(p -> p.value()));
            assertTrue(down.mHdr().mType().isConfirmed(), "confirmed is the default");
            List<MacCommand> cmds = MacCommandCodec.decode(Direction.DOWNLINK, down.fHdr().fOpts());
            assertTrue(cmds.contains(new MacCommand.DevStatusReq()), "DevStatusReq rides in FOpts: " + cmds);
            h.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == id
                    && e.to() == DownlinkStatus.SENT);
            JsonNode sent = h.call("GET", "/rest/nodes/0102030405060708/payloads/dl/" + id, alice, null).json();
            assertEquals(1, sent.get("transmissionStatus").asInt());
            assertEquals(0, sent.get("fcnt").asInt());
            assertEquals(2, h.call("GET", "/rest/nodes/0102030405060708/status", alice, null).json()
                    .get("req_status").asInt());

            // the next uplink acknowledges and answers DevStatusReq
            h.uplink(dev, 1, 10, Bytes.fromHex("CAFE02"), true,
                    MacCommandCodec.encode(new MacCommand.DevStatusAns(200, 7)), 3_000_000);
            h.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == id
                    && e.to() == DownlinkStatus.ACKNOWLEDGED);
            assertEquals(2, h.call("GET", "/rest/nodes/0102030405060708/payloads/dl/" + id, alice, null).json()
                    .get("transmissionStatus").asInt());
            JsonNode st = h.call("GET", "/rest/nodes/0102030405060708/status", alice, null).json();
            assertEquals(3, st.get("req_status").asInt());
            assertEquals(200, st.get("battery_status").asInt());
            assertEquals(7, st.get("margin_status").asInt());
            assertTrue(st.get("timestamp_status").asText()
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));

            // uplinks: base64 default, hex, latest, search_port, gtw_info, delete
            JsonNode info = h.call("GET", "/rest/nodes/0102030405060708", alice, null).json();
            assertEquals(3, info.get("device_status").asInt());
            assertEquals(0, info.get("dl_fcnt").asInt());
            JsonNode ul = h.call("GET", "/rest/nodes/0102030405060708/payloads/ul", alice, null).json();
            assertEquals(2, ul.size());
            JsonNode u0 = ul.get(0);
            assertEquals("yv4B", u0.get("dataFrame").asText());
            assertEquals(10, u0.get("port").asInt());
            assertEquals(0, u0.get("fcnt").asInt());
            assertEquals("SF7BW125", u0.get("dr_used").asText());
            assertEquals(7, u0.get("sf_used").asInt());
            assertEquals("00000000000000C1", u0.get("gtw_info").get(0).get("gtw_id").asText());
            assertTrue(u0.get("decrypted").asBoolean());
            assertTrue(u0.get("time_on_air_ms").asDouble() > 0);
            assertEquals(u0.get("session_id").asText(), sent.get("session_id").asText());
            JsonNode hex = h.call("GET", "/rest/nodes/0102030405060708/payloads/ul?data_format=hex"
                    + "&sort_by_timestamp=desc", alice, null).json();
            assertEquals("CAFE02", hex.get(0).get("dataFrame").asText());
            assertEquals(400, h.call("GET", "/rest/nodes/0102030405060708/payloads/ul?strict=true", alice, null)
                    .status(), "data_format has a hidden default");
            assertEquals(200, h.call("GET", "/rest/nodes/0102030405060708/payloads/ul?strict=true&data_format=hex",
                    alice, null).status());
            assertEquals(204, h.call("GET", "/rest/nodes/0102030405060708/payloads/ul?search_port=1-9,11-", alice,
                    null).status());
            assertEquals(2, h.call("GET", "/rest/nodes/0102030405060708/payloads/ul?search_port=-10", alice, null)
                    .json().size());
            JsonNode latest = h.call("GET", "/rest/nodes/0102030405060708/payloads/ul/latest?data_format=hex",
                    alice, null).json();
            assertEquals("CAFE02", latest.get("dataFrame").asText());
            JsonNode mixed = h.call("GET", "/rest/nodes/0102030405060708/payloads/all", alice, null).json();
            assertEquals(4, mixed.size(), "two uplinks and two downlinks");
            assertFalse(h.call("GET", "/rest/nodes/0102030405060708/payloads/ul", bob, null).status() == 200);
            long ulId = u0.get("id").asLong();
            assertEquals(200, h.call("DELETE", "/rest/nodes/0102030405060708/payloads/ul/" + ulId, alice, null)
                    .status());
            assertEquals(404, h.call("DELETE", "/rest/nodes/0102030405060708/payloads/ul/" + ulId, alice, null)
                    .status());
            assertEquals(1, h.call("GET", "/rest/nodes/0102030405060708/payloads/ul", alice, null).json().size());

            // downlink list filters and delete
            assertEquals(1, h.call("GET", "/rest/nodes/0102030405060708/payloads/dl?search_transmission_status=5",
                    alice, null).json().size());
            assertEquals(200, h.call("DELETE", "/rest/nodes/0102030405060708/payloads/dl/" + id, alice, null)
                    .status());
            assertEquals(404, h.call("GET", "/rest/nodes/0102030405060708/payloads/dl/" + id, alice, null).status());
            assertEquals(1, h.call("GET", "/rest/nodes/0102030405060708/payloads/dl", alice, null).json().size());

            // queue limit: 10 outstanding, the 11th is 409; deactivated device: 403
            for (int i = 0; i < 10; i++) {
                assertEquals(200, h.call("POST", "/rest/nodes/0102030405060708/payloads/dl?port=2&confirmed=false",
                        alice, "AA==").status());
            }
            assertEquals(409, h.call("POST", "/rest/nodes/0102030405060708/payloads/dl?port=2", alice, "AA==")
                    .status());
            assertEquals(200, h.call("PUT", "/rest/nodes/0102030405060708", alice, "{\"activated\":false}").status());
            assertEquals(403, h.call("POST", "/rest/nodes/0102030405060708/payloads/dl?port=2", alice, "AA==")
                    .status());
        }
    }

    @Test
    void multicastGroupDownlinks() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String alice = h.user("alice", "");
            assertEquals(200, h.call("POST", "/rest/groups", alice, "{\"groupid\":\"mc\",\"title\":\"Multicast\","
                    + "\"devaddr\":\"01020304\",\"nwkskey\":\"" + NWK + "\",\"appskey\":\"" + APP + "\",\"fcnt\":3,"
                    + "\"data_rate\":0,\"freq\":869.525}").status());
            assertEquals(409, h.call("POST", "/rest/groups", alice, "{\"groupid\":\"mc\",\"title\":\"x\"}").status());
            assertEquals(400, h.call("POST", "/rest/multicast/mc?port=3&confirmed=true", alice, "AQ==").status());
            h.connectGateway(0xC2);
            OwHarness.Answer dl = h.call("POST", "/rest/multicast/mc?port=3", alice, "AQ==");
            assertEquals(200, dl.status(), dl.body());
            long id = dl.json().get("id").asLong();
            assertEquals(3, dl.json().get("fcnt").asInt());
            h.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == id
                    && e.to() == DownlinkStatus.SENT);
            lorabench.packetforwarder.Txpk tx = h.txpk();
            assertEquals(869_525_000L, tx.frequency());
            DataFrame f = (DataFrame) lorabench.lorawan.frame.FrameCodec.decode(tx.data());
            assertEquals("01020304", f.fHdr().devAddr().toString());
            assertEquals(3, f.fHdr().fCnt());
            JsonNode one = h.call("GET", "/rest/multicast/mc/payloads/dl/" + id, alice, null).json();
            assertTrue(one.get("transmissionStatus").asInt() >= 1);
            assertEquals(1, h.call("GET", "/rest/multicast/mc/payloads/dl", alice, null).json().size());
            JsonNode g = h.call("GET", "/rest/groups/mc", alice, null).json();
            assertEquals("Multicast", g.get("title").asText());
            assertEquals(869.525, g.get("freq").asDouble());
            assertEquals(404, h.call("POST", "/rest/multicast/nope?port=3", alice, "AQ==").status());
            OwHarness.Answer forced = h.call("POST", "/rest/multicast/mc?port=3&fcnt=10", alice, "Ag==");
            assertEquals(10, forced.json().get("fcnt").asInt(), forced.body());
            long forcedId = forced.json().get("id").asLong();
            h.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == forcedId
                    && e.to() == DownlinkStatus.SENT);
            assertEquals(10, ((DataFrame) lorabench.lorawan.frame.FrameCodec.decode(h.txpk().data())).fHdr().fCnt(),
                    "a multicast downlink goes out with the requested counter too");
        }
    }

    @Test
    void aRequestedFcntIsForcedAndAUsedOneEndsInError() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String alice = h.user("alice", "");
            OwHarness.Abp dev = OwHarness.Abp.of("0102030405060709", "26011BDB", NWK, APP);
            assertEquals(200, h.registerAbp(alice, "0102030405060709", "26011BDB", NWK, APP, "").status());
            h.connectGateway(0xC3);
            String dl = "/rest/nodes/0102030405060709/payloads/dl";
            assertEquals(400, h.call("POST", dl + "?port=7&fcnt=-1", alice, "AQ==").status());
            assertEquals(400, h.call("POST", dl + "?port=7&fcnt=4294967296", alice, "AQ==").status());
            OwHarness.Answer forced = h.call("POST", dl + "?port=7&fcnt=20&confirmed=false", alice, "AQ==");
            assertEquals(200, forced.status(), forced.body());
            assertEquals(20, forced.json().get("fcnt").asInt(), "the answer shows the forced counter");
            long id = forced.json().get("id").asLong();

            h.uplink(dev, 0, 10, Bytes.fromHex("01"), false, Bytes.EMPTY, 1_000_000);
            assertEquals(20, h.downlink().fHdr().fCnt(), "the frame goes out with the requested FCnt");
            h.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == id
                    && e.to() == DownlinkStatus.SENT);
            assertEquals(20, h.call("GET", dl + "/" + id, alice, null).json().get("fcnt").asInt());

            OwHarness.Answer stale = h.call("POST", dl + "?port=7&fcnt=5&confirmed=false", alice, "Ag==");
            assertEquals(200, stale.status(), stale.body());
            long staleId = stale.json().get("id").asLong();
            OwHarness.Answer next = h.call("POST", dl + "?port=7&confirmed=false", alice, "Aw==");
            h.uplink(dev, 1, 10, Bytes.fromHex("02"), false, Bytes.EMPTY, 3_000_000);
            h.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == staleId
                    && e.to() == DownlinkStatus.ERROR);
            JsonNode failed = h.call("GET", dl + "/" + staleId, alice, null).json();
            assertEquals(4, failed.get("transmissionStatus").asInt(), failed.toString());
            assertTrue(failed.get("error").asText().contains("FCNT collision"), failed.toString());
            assertEquals(21, h.downlink().fHdr().fCnt(), "the counter continues after the forced one");
            long nextId = next.json().get("id").asLong();
            h.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == nextId
                    && e.to() == DownlinkStatus.SENT);
        }
    }
}
