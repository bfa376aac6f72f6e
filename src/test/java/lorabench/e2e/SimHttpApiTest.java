// SPDX-License-Identifier: Apache-2.0
package lorabench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import lorabench.app.LoraBenchServer;
import lorabench.app.ServerOptions;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.provisioning.DeviceInput;
import lorabench.server.provisioning.DeviceProvisioning;
import lorabench.store.DownlinkTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `/api/sim` over real HTTP with Basic auth, driving virtual gateways and devices that reach the same LoRaBench's
/// network server over UDP on loopback, in real time.
class SimHttpApiTest {
    private static final String DEV = "70B3D57ED0000042";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String base;
    private String auth;

    private HttpResponse<String> call(String method, String path, String body, boolean withAuth) throws Exception {
        return call(method, path, body, withAuth, "application/json");
    }

    private HttpResponse<String> call(String method, String path, String body, boolean withAuth, String type)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", type);
        if (withAuth) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(int status, HttpResponse<String> r) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    @Test
    void createsGatewayAndDeviceJoinsSendsUplinksAndReadsDownlinks(@TempDir Path dir) throws Exception {
        try (LoraBenchServer server = LoraBenchServer.start(ServerOptions.defaults(dir).withEphemeralPorts()
                .withAdminPassword("s3cret-pw"))) {
            base = "http://127.0.0.1:" + server.httpPort();
            auth = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret-pw".getBytes(StandardCharsets.UTF_8));
            assertEquals(401, call("GET", "/api/sim/devices", null, false).statusCode());

            JsonNode gw = ok(201, call("POST", "/api/sim/gateways", """
                    {"gatewayEui": "B827EBFFFE000001", "latitude": 48.8584, "longitude": 2.2945, "altitude": 30}""",
                    true));
            assertEquals("127.0.0.1:" + server.udpPort(), gw.get("networkServer").asText());
            assertEquals(409, call("POST", "/api/sim/gateways", """
                    {"gatewayEui": "B827EBFFFE000001"}""", true).statusCode());
            Map<String, String> fields = Map.of("devEui", DEV, "activation", "OTAA", "macVersion", "1.0.4",
                    "region", "EU868", "deviceClass", "A", "joinEui", "70B3D57ED0000000",
                    "appKey", "2B7E151628AED2A6ABF7158809CF4F3C");
            JsonNode dev = ok(201, call("POST", "/api/sim/devices", """
                    {"devEui": "%s", "activation": "OTAA", "macVersion": "1.0.4", "region": "EU868",
                     "deviceClass": "A", "joinEui": "70B3D57ED0000000", "appKey": "2B7E151628AED2A6ABF7158809CF4F3C",
                     "latitude": 48.8590, "longitude": 2.2950}""".formatted(DEV), true));
            assertEquals(false, dev.get("joined").asBoolean());
            assertTrue(!dev.toString().contains("2B7E1516"), "no key in the answer");
            HttpResponse<String> bad = call("POST", "/api/sim/devices", """
                    {"devEui": "70B3D57ED0000043", "appKey": "XYZ"}""", true);
            assertEquals(400, bad.statusCode());
            assertEquals("appKey", JSON.readTree(bad.body()).get("field").asText());
            assertEquals(404, call("GET", "/api/sim/devices/70B3D57ED00000FF", null, true).statusCode());
            assertEquals(409, call("POST", "/api/sim/devices/" + DEV + "/uplink", """
                    {"fPort": 1, "payload": "01"}""", true).statusCode(), "not joined yet");

            // Provisioning on the network server is separate from creating the virtual device (DESIGN.md).
            new DeviceProvisioning(server.database()).create(DeviceInput.of(fields));

            JsonNode join = ok(200, call("POST", "/api/sim/devices/" + DEV + "/join", null, true));
            assertTrue(join.get("joined").asBoolean(), join.toString());
            String devAddr = join.get("devAddr").asText();
            assertEquals(devAddr, ok(200, call("GET", "/api/sim/devices/" + DEV, null, true)).get("devAddr").asText());

            JsonNode up = ok(200, call("POST", "/api/sim/devices/" + DEV + "/uplink", """
                    {"fPort": 1, "payload": "0102", "confirmed": false}""", true));
            assertEquals(0, up.get("fCnt").asLong());

            server.server().downlinkQueue().enqueue(new DownlinkTarget.Device(Eui64.parse(DEV)), 7,
                    Bytes.fromHex("BEEF"), false, EnqueueMode.ENQUEUE_ON_BUSY);
            JsonNode up2 = ok(200, call("POST", "/api/sim/devices/" + DEV + "/uplink", """
                    {"fPort": 1, "payload": "0304", "confirmed": true}""", true));
            assertEquals(1, up2.get("fCnt").asLong());
            assertTrue(up2.get("acked").asBoolean(), up2.toString());
            // NOTE: on a loaded machine a receive window can be missed in real time; the server then sends the
            // queued downlink after a later uplink, so a few more uplinks are allowed.
            JsonNode carried = up2.get("downlink");
            for (int i = 0; i < 5 && !carried.toString().contains("BEEF"); i++) {
                carried = ok(200, call("POST", "/api/sim/devices/" + DEV + "/uplink", """
                        {"fPort": 1, "payload": "05"}""", true)).get("downlink");
            }
            assertEquals("BEEF", carried.get("payload").asText(), carried.toString());
            assertEquals(7, carried.get("fPort").asInt());

            JsonNode downs = ok(200, call("GET", "/api/sim/devices/" + DEV + "/downlinks", null, true));
            assertTrue(downs.toString().contains("\"payload\":\"BEEF\""), downs.toString());

            JsonNode b = ok(200, call("PUT", "/api/sim/devices/" + DEV + "/behaviour", """
                    {"ackDownlinks": false, "battery": 120, "margin": 5}""", true));
            assertEquals(120, b.get("battery").asInt());
            assertEquals(400, call("PUT", "/api/sim/devices/" + DEV + "/behaviour", """
                    {"battery": 300}""", true).statusCode());
            assertEquals(400, call("POST", "/api/sim/scenarios", "{\"name\": 1}", true).statusCode());
            // text after the JSON document is bad JSON, not ignored
            HttpResponse<String> trailing = call("PUT", "/api/sim/devices/" + DEV + "/behaviour",
                    "{\"battery\": 100} x", true);
            assertEquals(400, trailing.statusCode());
            assertTrue(trailing.body().contains("not valid JSON"), trailing.body());
            assertEquals(120, ok(200, call("GET", "/api/sim/devices/" + DEV, null, true))
                    .path("behaviour").path("battery").asInt(), "the refused body changed nothing");
            HttpResponse<String> fileRef = call("POST", "/api/sim/scenarios", """
                    {"name": "x", "seed": 1, "duration": "1h",
                     "gateways": [{"eui": "B827EBFFFE000001", "latitude": 45, "longitude": 5}],
                     "devices": [{"name": "f", "csv": "/etc/passwd"}]}""", true);
            assertEquals(400, fileRef.statusCode());
            assertTrue(fileRef.body().contains("cannot read files on the server"), fileRef.body());

            // bulk creation from CSV in the import format: good rows created, bad and existing ones listed
            String csv = "devEui,appKey,latitude,longitude\n"
                    + "70B3D57ED0000050,2B7E151628AED2A6ABF7158809CF4F3C,48.8591,2.2951\n"
                    + "70B3D57ED0000051,XYZ,,\n"
                    + DEV + ",2B7E151628AED2A6ABF7158809CF4F3C,,\n"
                    + "70B3D57ED0000052,2B7E151628AED2A6ABF7158809CF4F3C,,\n";
            JsonNode bulk = ok(207, call("POST", "/api/sim/devices", csv, true, "text/csv; charset=utf-8"));
            assertEquals(2, bulk.get("created").asInt(), bulk.toString());
            assertEquals("[\"70B3D57ED0000050\",\"70B3D57ED0000052\"]", bulk.get("devices").toString());
            assertEquals(2, bulk.get("errors").size(), bulk.toString());
            assertEquals(3, bulk.get("errors").get(0).get("line").asInt());
            assertEquals("appKey", bulk.get("errors").get(0).get("field").asText());
            assertEquals(4, bulk.get("errors").get(1).get("line").asInt());
            assertTrue(bulk.get("errors").get(1).get("reason").asText().contains("already exists"));
            assertTrue(!bulk.toString().contains("2B7E1516"), "no key in the answer");
            assertEquals(48.8591, ok(200, call("GET", "/api/sim/devices/70B3D57ED0000050", null, true))
                    .get("latitude").asDouble(), 1e-9);
            assertEquals(201, call("POST", "/api/sim/devices", "devEui,appKey\n70B3D57ED0000053,"
                    + "2B7E151628AED2A6ABF7158809CF4F3C\n", true, "text/csv").statusCode());
            assertEquals(400, call("POST", "/api/sim/devices", "devEUI\n70B3D57ED0000054\n", true, "text/csv")
                    .statusCode());

            ok(204, call("DELETE", "/api/sim/devices/" + DEV, null, true));
            ok(204, call("DELETE", "/api/sim/gateways/B827EBFFFE000001", null, true));
            assertEquals(0, ok(200, call("GET", "/api/sim/gateways", null, true)).size());
        }
    }
}
