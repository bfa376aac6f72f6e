// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WiresharkKeyTableTest {
    private static final AesKey NWK = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
    private static final AesKey APP = AesKey.parse("000102030405060708090A0B0C0D0E0F");
    private static final AesKey ROOT = AesKey.parse("00112233445566778899AABBCCDDEEFF");
    private static final KeyTableRows ROWS = new KeyTableRows(
            List.of(new KeyTableRows.Session(DevAddr.parse("26011BDA"), NWK, APP)),
            List.of(new KeyTableRows.Root(Eui64.parse("0004A30B001C0530"), Eui64.parse("70B3D57ED0000001"), ROOT)));

    @Test
    void wireshark40TableHasOnAirDevAddrAndAppEui() {
        // Verified with tshark 4.0.17: big-endian DevAddr rows never match, the on-air order decrypts.
        assertEquals(List.of(
                "\"DA1B0126\",\"2B7E151628AED2A6ABF7158809CF4F3C\",\"000102030405060708090A0B0C0D0E0F\","
                        + "\"FFFFFFFFFFFFFFFF\"",
                "\"00000000\",\"00112233445566778899AABBCCDDEEFF\",\"00112233445566778899AABBCCDDEEFF\","
                        + "\"010000D07ED5B370\""),
                WiresharkKeyTable.lines(WiresharkKeyTable.Layout.WIRESHARK_4_0, ROWS));
    }

    @Test
    void laterReleasesTablesAreBigEndian() {
        assertEquals(List.of("\"26011BDA\",\"2B7E151628AED2A6ABF7158809CF4F3C\",\"000102030405060708090A0B0C0D0E0F\""),
                WiresharkKeyTable.lines(WiresharkKeyTable.Layout.SESSION_KEYS, ROWS));
        assertEquals(List.of("\"0004A30B001C0530\",\"00112233445566778899AABBCCDDEEFF\""),
                WiresharkKeyTable.lines(WiresharkKeyTable.Layout.ROOT_KEYS, ROWS));
    }

    @Test
    void keyFileIsReadableByTheOwnerOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("encryption_keys_lorawan");
        assertEquals(2, WiresharkKeyTable.write(file, WiresharkKeyTable.Layout.WIRESHARK_4_0, ROWS));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(3, Files.readAllLines(file).size(), "comment line and two rows");
    }
}
