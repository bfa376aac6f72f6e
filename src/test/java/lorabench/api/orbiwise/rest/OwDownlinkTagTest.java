// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import lorabench.lorawan.types.Bytes;
import lorabench.server.event.ServerEvent;
import lorabench.server.push.CallbackReceiver;
import lorabench.store.DownlinkStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The downlink `tag` (seed: "The Server will include this tag on all message related to this downlink message"):
/// given on the POST, kept in the store, shown by the POST answer, the status and list views, and carried by the
/// `payloads_dl` callback when the downlink goes out through a real gateway.
class OwDownlinkTagTest {
    static final String NWK = "2B7E151628AED2A6ABF7158809CF4F3C";
    static final String APP = "000102030405060708090A0B0C0D0E0F";

    @TempDir
    Path dir;

    @Test
    void aTagFollowsTheDownlinkThroughViewsAndCallbacks() throws Exception {
        OwHarness.Abp dev = OwHarness.Abp.of("0102030405060708", "26011BDA", NWK, APP);
        String path = "/rest/nodes/" + dev.devEui() + "/payloads/dl";
        try (OwHarness h = new OwHarness(dir); CallbackReceiver app = CallbackReceiver.start()) {
            String alice = h.user("alice", "");
            assertEquals(200, h.registerAbp(alice, dev.devEui().toString(), dev.addr().toString(), NWK, APP, "")
                    .status());
            OwHarness.Answer start = h.call("PUT", "/rest/pushmode/start", alice, "{\"host\": \"http://127.0.0.1\","
                    + " \"port\": " + app.port() + ", \"push_subscription\": \"payloads_dl\"}");
            assertEquals(200, start.status(), start.body());

            OwHarness.Answer posted = h.call("POST", path + "?port=5&confirmed=false&tag=req-42", alice, "AQI=");
            assertEquals(200, posted.status(), posted.body());
            JsonNode answer = posted.json();
            assertEquals("req-42", answer.path("tag").asText());
            assertEquals(java.util.List.of("id", "fcnt", "port", "tag", "transmissionStatus", "session_id"),
                    OwUplinkRulesTest.fieldNames(answer).subList(0, 6));
            long id = answer.path("id").asLong();
            assertEquals("req-42", h.call("GET", path + "/" + id, alice, null).json().path("tag").asText());
            OwHarness.Answer untagged = h.call("POST", path + "?port=6&confirmed=false", alice, "AQI=");
            assertFalse(untagged.json().has("tag"), "no tag, no field");
            JsonNode list = h.call("GET", path, alice, null).json();
            assertEquals(2, list.size());
            assertEquals("req-42", list.get(0).path("tag").asText());
            assertFalse(list.get(1).has("tag"));
            assertEquals("req-42", h.call("GET", "/rest/nodes/" + dev.devEui() + "/payloads/all?payload_type=downlink",
                    alice, null).json().get(0).path("tag").asText());
            assertEquals(400, h.call("POST", path + "?port=5&tag=" + "x".repeat(257), alice, "AQI=").status());
            assertEquals(200, h.call("POST", path + "?port=5&confirmed=false&strict=true&mode=enqueue_on_busy"
                    + "&data_format=base64&tag=t", alice, "AQI=").status(), "tag is a known parameter under strict");

            // The device's uplink opens RX1: the tagged downlink goes out and its status callback carries the tag.
            h.connectGateway(0xAA555A0000000101L);
            h.uplink(dev, 0, 10, Bytes.fromHex("01"), false, Bytes.EMPTY, 1_000_000);
            h.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == id
                    && e.to() == DownlinkStatus.SENT);
            CallbackReceiver.Call c = app.next();
            assertEquals("PUT", c.method());
            assertEquals("/rest/callback/payloads/dl", c.uri());
            JsonNode body = OwHarness.JSON.readTree(c.body());
            assertEquals(id, body.path("id").asLong());
            assertEquals("req-42", body.path("tag").asText());
            assertEquals(1, body.path("transmissionStatus").asInt());
            assertEquals(java.util.List.of("DevEUI", "id", "fcnt", "port", "tag", "transmissionStatus",
                    "session_id"), OwUplinkRulesTest.fieldNames(body), "the seed's order");
        }
    }
}
