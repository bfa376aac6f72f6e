// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lorabench.lorawan.types.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class LppCodecTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/cayenne-lpp.csv", delimiter = ',')
    void decodesAndEncodesPublishedFrames(String name, String hex, String readings) {
        List<LppReading> expected = parse(readings);
        List<LppReading> decoded = LppDecoder.decodeHex(hex);
        assertEquals(expected.size(), decoded.size(), name);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).channel(), decoded.get(i).channel(), name);
            assertEquals(expected.get(i).type(), decoded.get(i).type(), name);
            for (int k = 0; k < expected.get(i).values().size(); k++) {
                assertEquals(expected.get(i).values().get(k), decoded.get(i).values().get(k), 1e-9, name);
            }
        }
        assertEquals(hex, LppCodec.encode(expected).toHex(), name);
    }

    @Test
    void roundsToTheNearestStepAsTheDocumentationExampleDoes() {
        // 42.3519 × 10000 is 423518.99999... in binary floating point: truncation would give 06765E.
        assertEquals("018806765FF2960A0003E8",
                LppCodec.encode(List.of(LppReading.of(1, LppType.GPS, 42.3519, -87.9094, 10))).toHex());
    }

    @Test
    void saturatesValuesOutsideTheTypeRange() {
        assertEquals("016800", LppCodec.encode(List.of(LppReading.of(1, LppType.HUMIDITY, -3))).toHex());
        assertEquals("0168FF", LppCodec.encode(List.of(LppReading.of(1, LppType.HUMIDITY, 150))).toHex());
        assertEquals("01677FFF", LppCodec.encode(List.of(LppReading.of(1, LppType.TEMPERATURE, 1e6))).toHex());
    }

    @Test
    void rejectsTruncatedAndUnknownItemsNamingTheOffset() {
        var e = assertThrows(IllegalArgumentException.class, () -> LppDecoder.decodeHex("036701"));
        assertTrue(e.getMessage().contains("byte 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LppDecoder.decodeHex("036701100599"));
        assertEquals("unknown Cayenne LPP data type 0x99 at byte 5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LppDecoder.decodeHex("03670110 05"));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertEquals(List.of(), LppCodec.decode(Bytes.EMPTY));
    }

    static List<LppReading> parse(String readings) {
        List<LppReading> out = new ArrayList<>();
        for (String item : readings.split(";")) {
            String[] p = item.split("/");
            double[] values = Arrays.stream(p[2].split(":")).mapToDouble(Double::parseDouble).toArray();
            out.add(LppReading.of(Integer.parseInt(p[0]), LppType.fromJsonName(p[1]), values));
        }
        return out;
    }
}
