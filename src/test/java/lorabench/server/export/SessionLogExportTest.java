// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import lorabench.lorawan.types.Bytes;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.SessionLogQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionLogExportTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    static final String JSONL_UP = "{\"time\":\"2026-03-01T12:00:00Z\",\"direction\":\"up\","
            + "\"gatewayEui\":\"0102030405060708\",\"devEui\":\"0004A30B001C0530\",\"devAddr\":\"26011BDA\","
            + "\"mType\":\"UnconfirmedDataUp\",\"fCnt\":1,\"fPort\":1,\"phyPayload\":\"" + ExportFixtures.UP1 + "\","
            + "\"payload\":\"48656C6C6F\",\"micValid\":true,\"frequency\":868100000,\"dataRate\":\"SF7BW125\","
            + "\"rssi\":-57.0,\"snr\":9.5,\"event\":\"uplink\",\"reason\":null}";
    static final String JSONL_DOWN = "{\"time\":\"2026-03-01T12:00:01.250Z\",\"direction\":\"down\","
            + "\"gatewayEui\":\"0102030405060708\",\"devEui\":\"0004A30B001C0530\",\"devAddr\":\"26011BDA\","
            + "\"mType\":\"UnconfirmedDataDown\",\"fCnt\":0,\"fPort\":1,\"phyPayload\":\"" + ExportFixtures.DOWN1
            + "\",\"payload\":\"0102\",\"micValid\":null,\"frequency\":869525000,\"dataRate\":\"SF9BW125\","
            + "\"rssi\":null,\"snr\":null,\"event\":\"downlink\",\"reason\":null}";
    static final String JSONL_REJECTED = "{\"time\":\"2026-03-01T12:01:00Z\",\"direction\":\"up\","
            + "\"gatewayEui\":\"0102030405060708\",\"devEui\":\"0004A30B001C0531\",\"devAddr\":\"26011BDB\","
            + "\"mType\":\"UnconfirmedDataUp\",\"fCnt\":65543,\"fPort\":2,\"phyPayload\":\"" + ExportFixtures.UP2
            + "\",\"payload\":null,\"micValid\":false,\"frequency\":868500000,\"dataRate\":\"SF12BW125\","
            + "\"rssi\":-120.25,\"snr\":-12.75,\"event\":\"rejected\",\"reason\":\"MIC mismatch, \\\"replayed\\\"\"}";

    private Database db;
    private SessionLogExport export;

    @BeforeEach
    void seed() {
        db = Database.open(DatabaseConfig.h2Memory("export" + NAMES.incrementAndGet()));
        ExportFixtures.seed(db);
        export = new SessionLogExport(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String text(SessionLogQuery q, ExportFormat f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(q, f, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesOneJsonObjectPerLineWithEveryColumn() throws IOException {
        assertEquals(JSONL_UP + "\n" + JSONL_DOWN + "\n" + JSONL_REJECTED + "\n",
                text(SessionLogQuery.all(), ExportFormat.JSONL));
    }

    @Test
    void writesRfc4180CsvWithHeader() throws IOException {
        String expected = String.join("\r\n",
                "time,direction,gatewayEui,devEui,devAddr,mType,fCnt,fPort,phyPayload,payload,micValid,frequency,"
                        + "dataRate,rssi,snr,event,reason",
                "2026-03-01T12:00:00Z,up,0102030405060708,0004A30B001C0530,26011BDA,UnconfirmedDataUp,1,1,"
                        + ExportFixtures.UP1 + ",48656C6C6F,true,868100000,SF7BW125,-57.0,9.5,uplink,",
                "2026-03-01T12:00:01.250Z,down,0102030405060708,0004A30B001C0530,26011BDA,UnconfirmedDataDown,0,1,"
                        + ExportFixtures.DOWN1 + ",0102,,869525000,SF9BW125,,,downlink,",
                "2026-03-01T12:01:00Z,up,0102030405060708,0004A30B001C0531,26011BDB,UnconfirmedDataUp,65543,2,"
                        + ExportFixtures.UP2 + ",,false,868500000,SF12BW125,-120.25,-12.75,rejected,"
                        + "\"MIC mismatch, \"\"replayed\"\"\"") + "\r\n";
        assertEquals(expected, text(SessionLogQuery.all(), ExportFormat.CSV));
    }

    @Test
    void filtersByDeviceAndTimeWindow() throws IOException {
        assertEquals(JSONL_REJECTED + "\n",
                text(SessionLogQuery.all().device(ExportFixtures.DEV2), ExportFormat.JSONL));
        assertEquals(JSONL_DOWN + "\n", text(SessionLogQuery.all().from(Instant.parse("2026-03-01T12:00:01Z"))
                .to(Instant.parse("2026-03-01T12:01:00Z")), ExportFormat.JSONL));
        assertEquals("", text(SessionLogQuery.all().device(ExportFixtures.DEV2)
                .to(Instant.parse("2026-03-01T12:01:00Z")), ExportFormat.JSONL));
    }

    @Test
    void countsTheRecordsItWrites() throws IOException {
        assertEquals(3, export.write(SessionLogQuery.all(), ExportFormat.PCAP, new ByteArrayOutputStream()));
        assertEquals(1, export.write(SessionLogQuery.all().device(ExportFixtures.DEV2), ExportFormat.CSV,
                new ByteArrayOutputStream()));
    }

    @Test
    void writesClassicPcapWithLoRaTapHeaders() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(SessionLogQuery.all(), ExportFormat.PCAP, out);
        ByteBuffer b = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        // global header: magic, version 2.4, thiszone, sigfigs, snaplen, LINKTYPE_LORATAP
        assertEquals("D4C3B2A1" + "0200" + "0400" + "00000000" + "00000000" + "FFFF0000" + "0E010000", hex(b, 24));
        String[][] expected = {
            // LoRaTap v0: version, padding, length 15, frequency BE, bandwidth/125k, SF, RSSI+139, max, current,
            // SNR*4, sync word
            {"2026-03-01T12:00:00Z", "00" + "00" + "000F" + "33BE27A0" + "01" + "07" + "52" + "FF" + "FF" + "26" + "34",
                ExportFixtures.UP1},
            {"2026-03-01T12:00:01.250Z", "00" + "00" + "000F" + "33D3E608" + "01" + "09" + "FF" + "FF" + "FF" + "00"
                + "34", ExportFixtures.DOWN1},
            {"2026-03-01T12:01:00Z", "00" + "00" + "000F" + "33C44220" + "01" + "0C" + "13" + "FF" + "FF" + "CD" + "34",
                ExportFixtures.UP2},
        };
        for (String[] e : expected) {
            Instant t = Instant.parse(e[0]);
            int length = 15 + e[2].length() / 2;
            assertEquals(t.getEpochSecond(), b.getInt());
            assertEquals(t.getNano() / 1000, b.getInt());
            assertEquals(length, b.getInt(), "captured length");
            assertEquals(length, b.getInt(), "original length");
            assertEquals(e[1], hex(b, 15));
            assertEquals(e[2], hex(b, e[2].length() / 2));
        }
        assertEquals(0, b.remaining());
    }

    @Test
    void collectsSessionKeysForTheKeyTable() {
        KeyTableRows rows = export.keys(Optional.empty());
        assertEquals(List.of(new KeyTableRows.Session(ExportFixtures.ADDR1, ExportFixtures.NWK_S_KEY,
                        ExportFixtures.APP_S_KEY),
                new KeyTableRows.Session(ExportFixtures.ADDR2, ExportFixtures.NWK_S_KEY, ExportFixtures.NWK_S_KEY)),
                rows.sessions());
        assertEquals(List.of(), rows.roots());
        assertEquals(1, export.keys(Optional.of(ExportFixtures.DEV2)).sessions().size());
    }

    private static String hex(ByteBuffer b, int n) {
        byte[] a = new byte[n];
        b.get(a);
        return Bytes.wrap(a).toHex();
    }
}
