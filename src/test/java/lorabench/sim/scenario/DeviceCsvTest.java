// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;

class DeviceCsvTest {
    static final String HEADER = "devEui,name,activation,macVersion,region,deviceClass,joinEui,appKey,nwkKey,devAddr,"
            + "nwkSKey,appSKey,fNwkSIntKey,sNwkSIntKey,nwkSEncKey,fCntUp,fCntDown,deviceProfile,serviceProfile,"
            + "application,tags,latitude,longitude,altitude\n";
    static final String K1 = "2B7E151628AED2A6ABF7158809CF4F3C";
    static final String K2 = "000102030405060708090A0B0C0D0E0F";

    @Test
    void readsGoodRowsOfEveryActivation() {
        String csv = HEADER
                + "0004A30B001C0530,otaa-10,OTAA,1.0.3,EU868,A,70B3D57ED0000000," + K1 + ",,,,,,,,,,prof,svc,app,"
                + "\"site=lab;floor=2\",48.85,2.29,35\n"
                + "0004A30B001C0531,otaa-11,otaa,1.1,US915,C,," + K1 + "," + K2 + ",,,,,,,,,,,,,,,\n"
                + "\n"
                + "0004A30B001C0532,abp-10,ABP,1.0.4,EU868,A,,,,26011BDA," + K1 + "," + K2 + ",,,,12,3,,,,,,,\n"
                + "0004A30B001C0533,abp-11,ABP,1.1,EU868,B,,,,26011BDB,," + K2 + "," + K1 + "," + K1 + "," + K1
                + ",,,,,,,,,\n";
        DeviceCsv.Result r = DeviceCsv.read(new StringReader(csv));
        assertEquals(List.of(), r.errors());
        assertEquals(4, r.devices().size());
        DeviceIdentity a = r.devices().getFirst().identity();
        assertEquals(Eui64.parse("0004A30B001C0530"), a.devEui());
        assertEquals(MacVersion.V1_0_3, a.macVersion());
        assertEquals(Map.of("site", "lab", "floor", "2"), a.tags());
        assertEquals(Optional.of("prof"), a.deviceProfile());
        assertEquals(Optional.of(new Position(48.85, 2.29, 35)), r.devices().getFirst().position());
        assertEquals(BandId.US915, r.devices().get(1).identity().region());
        assertEquals(DeviceClass.C, r.devices().get(1).identity().deviceClass());
        DeviceIdentity abp = r.devices().get(2).identity();
        assertEquals(Optional.of(DevAddr.parse("26011BDA")), abp.devAddr());
        assertEquals(12, abp.fCntUp());
        assertEquals(3, abp.fCntDown());
        assertTrue(r.devices().get(2).joinAt().isEmpty());
        assertEquals(3, r.devices().get(3).index());
        assertEquals(SimDefaults.STANDARD.uplink(), r.devices().get(3).uplink());
        // the same file reads the same way twice
        assertEquals(r.devices(), DeviceCsv.read(new StringReader(csv)).devices());
    }

    @Test
    void acceptsAnyColumnOrderAndOmittedColumns() {
        DeviceCsv.Result r = DeviceCsv.read(new StringReader("appKey,devEui\n" + K1 + ",0000000000000001\n"));
        assertEquals(List.of(), r.errors());
        DeviceIdentity d = r.devices().getFirst().identity();
        assertEquals("0000000000000001", d.name());
        assertEquals(Activation.OTAA, d.activation());
        assertEquals(MacVersion.V1_0_4, d.macVersion());
        assertEquals(BandId.EU868, d.region());
    }

    @Test
    void reportsEveryBadRowWithLineFieldAndReasonAndKeepsTheGoodOnes() {
        String csv = "devEui,activation,macVersion,region,appKey,nwkKey,devAddr,nwkSKey,appSKey,fCntUp,latitude,"
                + "longitude,tags\n"
                + "0000000000000001,OTAA,1.0.4,EU868," + K1 + ",,,,,,,,\n"                 // 2 good
                + "00000000000001,OTAA,1.0.4,EU868," + K1 + ",,,,,,,,\n"                   // 3 short EUI
                + "0000000000000003,OTAA,1.0.4,EU868,,,,,,,,,\n"                          // 4 no AppKey
                + "0000000000000004,OTAA,1.1,EU868," + K1 + ",,,,,,,,\n"                   // 5 1.1 no NwkKey
                + "0000000000000005,ABP,1.0.4,EU868,,,,," + K2 + ",,,,\n"                  // 6 ABP no DevAddr
                + "0000000000000006,ABP,1.0.4,EU868,,,26011BDA,," + K2 + ",,,,\n"          // 7 no NwkSKey
                + "0000000000000007,JOIN,1.2,EU999," + K1 + ",,,,,,,,\n"                   // 8 three bad cells
                + "0000000000000008,OTAA,1.0.4,EU868," + K1 + ",,,,,-1,,,\n"               // 9 bad counter
                + "0000000000000009,OTAA,1.0.4,EU868," + K1 + ",,,,,,95,2,\n"              // 10 bad latitude
                + "000000000000000A,OTAA,1.0.4,EU868," + K1 + ",,,,,,45,,\n"               // 11 lat without lon
                + "0000000000000001,OTAA,1.0.4,EU868," + K1 + ",,,,,,,,\n"                 // 12 duplicate
                + "000000000000000B,OTAA\n"                                                 // 13 cell count
                + "000000000000000C,OTAA,1.0.4,EU868,\"" + K1 + ",,,,,,,,\n"               // 14 open quote
                + "000000000000000D,OTAA,1.0.4,EU868," + K1 + ",,,,,,,,=x\n"               // 15 tag without key
                + "000000000000000E,OTAA,1.0.4,EU868," + K1.substring(2) + ",,,,,,,,\n"    // 16 short key
                + ",OTAA,1.0.4,EU868," + K1 + ",,,,,,,,\n";                                // 17 no DevEUI
        DeviceCsv.Result r = DeviceCsv.read(new StringReader(csv));
        assertEquals(1, r.devices().size());
        List<String> errors = r.errors().stream().map(DeviceCsv.RowError::toString).toList();
        assertEquals(List.of(
                "line 3, devEui: EUI-64 must be 8 bytes (16 hex digits), got 7 in '00000000000001'",
                "line 4, appKey: an OTAA device needs an AppKey",
                "line 5, nwkKey: a LoRaWAN 1.1 OTAA device needs a NwkKey",
                "line 6, devAddr: an ABP device needs a DevAddr",
                "line 7, nwkSKey: a LoRaWAN 1.0 ABP device needs a NwkSKey",
                "line 8, activation: 'JOIN' is not OTAA or ABP",
                "line 8, macVersion: unknown LoRaWAN version '1.2' (expected 1.0.0 ... 1.0.4 or 1.1)",
                "line 8, region: unknown band 'EU999' (expected one of EU868, US915, AU915, CN470, AS923-1, "
                        + "AS923-2, AS923-3, IN865, RU864, JP923, KR920)",
                "line 9, fCntUp: '-1' is not a frame counter 0..4294967295",
                "line 10, latitude: 95 is outside -90..90",
                "line 11, longitude: latitude and longitude go together",
                "line 12, devEui: DevEUI 0000000000000001 already on line 2",
                "line 13: has 2 cells, the header has 13",
                "line 14: unterminated quoted cell",
                "line 15, tags: tag '=x' has no key (expected key=value;key=value)",
                "line 16, appKey: key must be 16 bytes (32 hex digits), got 15 bytes",
                "line 17, devEui: is required"), errors);
    }

    @Test
    void rejectsABadHeader() {
        var r = DeviceCsv.read(new StringReader("devEui,colour\n0000000000000001,red\n"));
        assertEquals(1, r.errors().size());
        assertEquals(1, r.errors().getFirst().line());
        assertEquals("colour", r.errors().getFirst().field());
        r = DeviceCsv.read(new StringReader("name\nx\n"));
        assertEquals("line 1, devEui: the header has no devEui column", r.errors().getFirst().toString());
        r = DeviceCsv.read(new StringReader(""));
        assertEquals("line 1: the file is empty: a header row is required", r.errors().getFirst().toString());
    }
}
