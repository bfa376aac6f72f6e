// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.store.Activation;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.Device;
import lorabench.store.DeviceClass;
import lorabench.store.DeviceFilter;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.JoinStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceImportTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    static final String K1 = "2B7E151628AED2A6ABF7158809CF4F3C";
    static final String K2 = "000102030405060708090A0B0C0D0E0F";
    static final String K3 = "00112233445566778899AABBCCDDEEFF";

    private Database db;
    private DeviceRepository devices;
    private DeviceSessionRepository sessions;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2Memory("import" + NAMES.incrementAndGet()));
        devices = new DeviceRepository(db);
        sessions = new DeviceSessionRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportResult run(String text) throws ImportFormatException {
        return new DeviceImport(db).importRows(DeviceImport.parse(text), ImportListener.NONE);
    }

    private static Rejection rej(int line, String field, String reason) {
        return new Rejection(line, Optional.ofNullable(field), reason);
    }

    @Test
    void importsGoodCsvRowsInEveryNotation() throws ImportFormatException {
        String csv = "devEui,name,activation,macVersion,region,deviceClass,joinEui,appKey,nwkKey,tags\r\n"
                + "0004A30B001C0530,meter one,OTAA,1.0.4,EU868,A,70B3D57ED0000001," + K1 + ",,site=north;floor=2\r\n"
                + "0x0004a30b001c0531,\"kitchen, \"\"main\"\"\",otaa,1.1,us915,C,," + K1 + "," + K2 + ",\n"
                + "00-04-A3-0B-00-1C-05-32,\"two\nlines\",OTAA,1.0.2,AS923-2,B,,0x" + K1 + ",,\n";
        ImportResult r = run(csv);
        assertEquals(new ImportResult(3, List.of(), false), r);
        Device d1 = devices.find(Eui64.parse("0004A30B001C0530")).orElseThrow();
        assertEquals("meter one", d1.name());
        assertEquals(Map.of("site", "north", "floor", "2"), d1.tags());
        assertEquals(Optional.of(Eui64.parse("70B3D57ED0000001")), d1.joinEui());
        Device d2 = devices.find(Eui64.parse("0004A30B001C0531")).orElseThrow();
        assertEquals("kitchen, \"main\"", d2.name());
        assertEquals(MacVersion.V1_1, d2.macVersion());
        assertEquals(lorabench.lorawan.band.BandId.US915, d2.region());
        assertEquals(DeviceClass.C, d2.deviceClass());
        assertEquals(Optional.of(new Eui64(0)), d2.joinEui(), "JoinEUI defaults to zero");
        assertEquals(Optional.of(AesKey.parse(K2)), d2.nwkKey());
        Device d3 = devices.find(Eui64.parse("0004A30B001C0532")).orElseThrow();
        assertEquals("two\nlines", d3.name());
        assertEquals(lorabench.lorawan.band.BandId.AS923_2, d3.region());
    }

    @Test
    void reportsEveryBadCsvRowWithLineFieldAndReason() throws ImportFormatException {
        String csv = String.join("\n",
                "devEui,activation,macVersion,region,deviceClass,appKey,nwkKey,devAddr,nwkSKey,appSKey,"
                        + "fNwkSIntKey,sNwkSIntKey,nwkSEncKey,fCntUp,tags",
                "0004A30B001C0540,OTAA,1.0.3,EU868,A," + K1 + ",,,,,,,,,",                        // line 2: good
                "0004A30B001C05,OTAA,1.0.3,EU868,A," + K1 + ",,,,,,,,,",                          // 3: short EUI
                "0004A30B001C0541,MAGIC,1.2,XX999,D," + K1 + ",,,,,,,,,",                         // 4: four bad
                "0004A30B001C0542,OTAA,1.1,EU868,A," + K1 + ",,,,,,,,,",                          // 5: no nwkKey
                "0004A30B001C0543,ABP,1.0.2,EU868,A,,,,,,,,,,",                                   // 6: ABP 1.0
                "0004A30B001C0544,ABP,1.1,EU868,A,,,260111AA,,"
                        + K2 + ",,,,4294967296,",                                                  // 7: ABP 1.1
                "0004A30B001C0545,OTAA,1.0.3,EU868,A,1234,,,,,,,,-1,a=1;=2",                      // 8: key, fCnt, tags
                "0004A30B001C0540,OTAA,1.0.3,EU868,A," + K1 + ",,,,,,,,,",                        // 9: duplicate
                ",OTAA,1.0.3,EU868,A," + K1 + ",,,,,,,,,");                                        // 10: no EUI
        ImportResult r = run(csv);
        assertEquals(1, r.imported());
        assertEquals(List.of(
                rej(3, "devEui", "must be 16 hex digits (plain, 0x-prefixed or dash-separated), got '0004A30B001C05'"),
                rej(4, "activation", "must be OTAA or ABP, got 'MAGIC'"),
                rej(4, "macVersion", "must be 1.0.0, 1.0.1, 1.0.2, 1.0.3, 1.0.4 or 1.1, got '1.2'"),
                rej(4, "region", "unknown region 'XX999' (expected one of EU868, US915, AU915, CN470, AS923-1, "
                        + "AS923-2, AS923-3, IN865, RU864, JP923, KR920)"),
                rej(4, "deviceClass", "must be A, B or C, got 'D'"),
                rej(5, "nwkKey", "is required for LoRaWAN 1.1 OTAA devices"),
                rej(6, "devAddr", "is required for ABP devices"),
                rej(6, "nwkSKey", "is required for LoRaWAN 1.0 ABP devices"),
                rej(6, "appSKey", "is required for ABP devices"),
                rej(7, "fCntUp", "must be an integer 0..4294967295, got '4294967296'"),
                rej(7, "fNwkSIntKey", "is required for LoRaWAN 1.1 ABP devices"),
                rej(7, "sNwkSIntKey", "is required for LoRaWAN 1.1 ABP devices"),
                rej(7, "nwkSEncKey", "is required for LoRaWAN 1.1 ABP devices"),
                rej(8, "appKey", "must be 32 hex digits (an AES-128 key)"),
                rej(8, "fCntUp", "must be an integer 0..4294967295, got '-1'"),
                rej(8, "tags", "must be key=value pairs separated by ';', got 'a=1;=2'"),
                rej(9, "devEui", "duplicate DevEUI 0004A30B001C0540, first given on line 2"),
                rej(10, "devEui", "is required")), r.rejected());
        assertEquals(1, devices.count(DeviceFilter.all()));
    }

    @Test
    void importsJsonArraysWithTagObjectsAndReportsBadObjects() throws ImportFormatException {
        String json = """
                [
                  {"devEui": "0004A30B001C0550", "activation": "ABP", "macVersion": "1.0.3", "region": "EU868",
                   "devAddr": "26011BDA", "nwkSKey": "%s", "appSKey": "%s", "fCntUp": 10, "fCntDown": 5,
                   "application": "meters", "tags": {"site": "north", "n": 7}},
                  {"devEui": "0004A30B001C0551", "activation": "ABP", "macVersion": "1.1", "region": "EU868",
                   "devAddr": "26011BDB", "fNwkSIntKey": "%s", "sNwkSIntKey": "%s", "nwkSEncKey": "%s",
                   "appSKey": "%s", "deviceProfile": null},
                  {"devEui": "0004A30B001C0552", "activation": "OTAA", "macVersion": "1.0.4", "region": "EU868",
                   "appKey": "%s", "colour": "red", "name": ["x"]},
                  42
                ]
                """.formatted(K1, K2, K1, K2, K3, K2, K1);
        ImportResult r = run(json);
        assertEquals(2, r.imported());
        assertEquals(List.of(
                rej(8, "name", "must be a string, number or boolean"),
                rej(8, "colour", "is not a field of the import format"),
                rej(10, null, "each element must be a JSON object")), r.rejected());
        Device abp = devices.find(Eui64.parse("0004A30B001C0550")).orElseThrow();
        assertEquals(Map.of("site", "north", "n", "7"), abp.tags());
        assertEquals(Optional.of("meters"), abp.application());
        DeviceSession s = sessions.find(abp.devEui()).orElseThrow();
        assertEquals(DevAddr.parse("26011BDA"), s.devAddr());
        assertEquals(AesKey.parse(K1), s.keys().nwkSKey());
        assertEquals(AesKey.parse(K2), s.keys().appSKey().orElseThrow());
        assertEquals(10, s.fCntUp());
        assertEquals(5, s.nFCntDown());
        DeviceSession s11 = sessions.find(Eui64.parse("0004A30B001C0551")).orElseThrow();
        assertEquals(AesKey.parse(K3), s11.keys().nwkSEncKey());
        assertEquals(MacVersion.V1_1, s11.macVersion());
        assertEquals(869_525_000L, lorabench.server.mac.MacStateJson.read(s11.macState()).rx2FrequencyHz(), "EU868 default RX2");
    }

    @Test
    void rejectsFilesThatAreNeitherCsvNorJsonArrays() {
        assertEquals("line 1: unknown column 'devEUI' (the columns are devEui, name, activation, macVersion, "
                        + "region, deviceClass, joinEui, appKey, nwkKey, devAddr, nwkSKey, appSKey, fNwkSIntKey, "
                        + "sNwkSIntKey, nwkSEncKey, fCntUp, fCntDown, deviceProfile, serviceProfile, application, tags)",
                assertThrows(ImportFormatException.class, () -> DeviceImport.parse("devEUI,name\n")).getMessage());
        assertEquals("line 2: a quoted field is not closed", assertThrows(ImportFormatException.class,
                () -> DeviceImport.parse("devEui,name\n1,\"open\n")).getMessage());
        assertEquals("line 2: 3 fields but the header names 2", assertThrows(ImportFormatException.class,
                () -> DeviceImport.parse("devEui,name\n1,2,3\n")).getMessage());
        assertTrue(assertThrows(ImportFormatException.class, () -> DeviceImport.parse("[{\"devEui\": }]"))
                .getMessage().startsWith("line 1: malformed JSON"));
        assertEquals("the CSV file is empty (expected a header row)",
                assertThrows(ImportFormatException.class, () -> DeviceImport.parse("\n\n")).getMessage());
    }

    @Test
    void storesInBatchesWithProgressAndStopsWhenCancelled() throws ImportFormatException {
        StringBuilder csv = new StringBuilder("devEui,activation,macVersion,region,appKey\n");
        for (int i = 0; i < 25; i++) {
            csv.append(String.format("0004A30B00%06X,OTAA,1.0.4,EU868,%s%n", i, K1));
        }
        List<String> progress = new ArrayList<>();
        ImportResult all = new DeviceImport(db, 10).importRows(DeviceImport.parse(csv.toString()),
                new ImportListener() {
                    @Override
                    public void progress(int processed, int total) {
                        progress.add(processed + "/" + total);
                    }
                });
        assertEquals(List.of("10/25", "20/25", "25/25"), progress);
        assertEquals(new ImportResult(25, List.of(), false), all);

        AtomicInteger batches = new AtomicInteger();
        ImportResult cancelled = new DeviceImport(db, 10).importRows(DeviceImport.parse(csv.toString()),
                new ImportListener() {
                    @Override
                    public void progress(int processed, int total) {
                        batches.incrementAndGet();
                    }

                    @Override
                    public boolean cancelled() {
                        return batches.get() == 2;
                    }
                });
        assertEquals(new ImportResult(20, List.of(), true), cancelled);
    }

    @Test
    void provisioningServiceValidatesAndManagesAbpSessions() throws InvalidDeviceException {
        DeviceProvisioning p = new DeviceProvisioning(db);
        Map<String, String> abp = Map.of("devEui", "0004A30B001C0560", "activation", "ABP", "macVersion", "1.0.3",
                "region", "EU868", "devAddr", "26011BDC", "nwkSKey", K1, "appSKey", K2);
        Device d = p.create(DeviceInput.of(abp));
        assertEquals(Activation.ABP, d.activation());
        assertEquals("0004A30B001C0560", d.name(), "name defaults to the DevEUI");
        assertTrue(sessions.find(d.devEui()).isPresent());
        InvalidDeviceException dup = assertThrows(InvalidDeviceException.class, () -> p.create(DeviceInput.of(abp)));
        assertEquals(List.of(Violation.of("devEui", "a device with DevEUI 0004A30B001C0560 exists already")),
                dup.violations());
        db.runInTransaction(tx -> sessions.advanceFCntUp(tx, d.devEui(), 0, 5, Optional.empty()));

        Map<String, String> renamed = new java.util.HashMap<>(abp);
        renamed.put("name", "renamed");
        assertEquals("renamed", p.update(DeviceInput.of(renamed)).orElseThrow().name());
        assertEquals(5, sessions.find(d.devEui()).orElseThrow().fCntUp(), "a rename keeps the running session");
        renamed.put("fCntUp", "100");
        p.update(DeviceInput.of(renamed));
        assertEquals(100, sessions.find(d.devEui()).orElseThrow().fCntUp(), "new counters restart it");

        Map<String, String> otaa = Map.of("devEui", "0004A30B001C0560", "activation", "OTAA", "macVersion", "1.0.3",
                "region", "EU868", "appKey", K1);
        p.update(DeviceInput.of(otaa));
        assertEquals(Optional.empty(), sessions.find(d.devEui()), "ABP -> OTAA ends the session");
        assertEquals(Optional.empty(), p.update(DeviceInput.of(Map.of("devEui", "0004A30B001C0599",
                "activation", "OTAA", "macVersion", "1.0.3", "region", "EU868", "appKey", K1))));
        assertTrue(p.delete(d.devEui()));
        assertEquals(Optional.empty(), p.find(d.devEui()));
    }

    @Test
    void startingOverRestartsAbpSessionsAndForgetsOtaaJoins() throws InvalidDeviceException {
        DeviceProvisioning p = new DeviceProvisioning(db);
        Device abp = p.create(DeviceInput.of(Map.of("devEui", "0004A30B001C0570", "activation", "ABP",
                "macVersion", "1.0.3", "region", "EU868", "devAddr", "26011BDD", "nwkSKey", K1, "appSKey", K2,
                "fCntUp", "3")));
        db.runInTransaction(tx -> sessions.advanceFCntUp(tx, abp.devEui(), 3, 40, Optional.empty()));
        assertEquals(40, sessions.find(abp.devEui()).orElseThrow().fCntUp());
        assertTrue(p.startOver(abp.devEui()));
        assertEquals(3, sessions.find(abp.devEui()).orElseThrow().fCntUp(), "back to the provisioned counter");

        Device otaa = p.create(DeviceInput.of(Map.of("devEui", "0004A30B001C0571", "activation", "OTAA",
                "macVersion", "1.0.4", "region", "EU868", "appKey", K1)));
        JoinStateRepository joins = new JoinStateRepository(db);
        Eui64 joinEui = otaa.joinEui().orElseThrow();
        assertTrue((boolean) db.inTransaction(tx -> joins.acceptDevNonce(tx, otaa.devEui(), joinEui, MacVersion.V1_0_4,
                new DevNonce(0))));
        assertFalse((boolean) db.inTransaction(tx -> joins.acceptDevNonce(tx, otaa.devEui(), joinEui, MacVersion.V1_0_4,
                new DevNonce(0))), "a replay before starting over");
        assertTrue(p.startOver(otaa.devEui()));
        assertTrue((boolean) db.inTransaction(tx -> joins.acceptDevNonce(tx, otaa.devEui(), joinEui, MacVersion.V1_0_4,
                new DevNonce(0))), "DevNonce 0 again after starting over");
        assertFalse(p.startOver(Eui64.parse("0004A30B001C0599")), "no such device");
    }
}
