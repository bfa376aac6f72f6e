// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypesTest {
    @ParameterizedTest
    @ValueSource(strings = {"26011bda", "0x26011BDA", "26-01-1B-DA", "0X26011bda", " 26011BDA "})
    void parsesTheThreeHexNotations(String text) {
        assertEquals(new DevAddr(0x26011BDA), DevAddr.parse(text));
        assertEquals("26011BDA", DevAddr.parse(text).toString());
    }

    @Test
    void parsesDecimalDevAddr() {
        assertEquals(DevAddr.parse("26011BDA"), DevAddr.parseDecimal("637606874"));
    }

    @Test
    void rejectsWrongWidthsNamingTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> Eui64.parse("0102"));
        assertTrue(e.getMessage().contains("EUI-64"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DevAddr.parse("zz011BDA"));
        assertThrows(IllegalArgumentException.class, () -> NetId.parse("0000001"));
        assertThrows(IllegalArgumentException.class, () -> AesKey.parse("00"));
    }

    @Test
    void euiPrintsBigEndianWithLeadingZeros() {
        assertEquals("0004A30B001C0530", Eui64.parse("00-04-a3-0b-00-1c-05-30").toString());
        assertEquals("FFFFFFFFFFFFFFFF", Eui64.parse("FFFFFFFFFFFFFFFF").toString());
    }

    @Test
    void keysAreRedactedButComparable() {
        AesKey k = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
        assertEquals("AesKey[redacted]", k.toString());
        assertEquals("2B7E151628AED2A6ABF7158809CF4F3C", k.toHex());
        assertEquals(k, AesKey.parse("2b7e151628aed2a6abf7158809cf4f3c"));
    }

    @Test
    void bytesCompareByContent() {
        assertEquals(Bytes.fromHex("0102"), Bytes.of((byte) 1, (byte) 2));
        assertEquals("0201", Bytes.fromHex("0102").reversed().toHex());
        assertFalse(Bytes.fromHex("01").constantTimeEquals(Bytes.fromHex("02")));
    }

    @Test
    void macVersionsParse() {
        assertEquals(MacVersion.V1_0_4, MacVersion.parse("1.0"));
        assertEquals(MacVersion.V1_1, MacVersion.parse("1.1"));
        assertEquals(MacVersion.V1_0_2, MacVersion.parse("1.0.2"));
        assertThrows(IllegalArgumentException.class, () -> MacVersion.parse("2.0"));
    }
}
