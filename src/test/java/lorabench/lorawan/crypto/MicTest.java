// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import static lorabench.lorawan.crypto.Vectors.hex;
import static lorabench.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class MicTest {
    private static final AesKey ONES = AesKey.parse("01010101010101010101010101010101");
    private static final DevAddr ADDR = DevAddr.parse("01020304");
    private static final Bytes TTS_UPLINK = Bytes.fromHex("40040302010001000101020304");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/crypto-mic.csv", numLinesToSkip = 1)
    void computesKnownMic(String name, String kind, String key1, String key2, String devAddr, Long fCnt,
            Integer confFCnt, Integer txDr, Integer txCh, String joinReqType, String joinEui, String devNonce,
            String msg, String mic) {
        Bytes expected = hex(mic);
        Bytes m = hex(msg);
        Bytes actual = compute(kind, key1, key2, devAddr, fCnt, confFCnt, txDr, txCh, joinReqType, joinEui, devNonce, m);
        assertEquals(expected, actual);
        assertTrue(expected.constantTimeEquals(actual));
        byte[] tampered = m.toArray();
        tampered[tampered.length - 1] ^= 0x01;
        assertFalse(expected.constantTimeEquals(compute(kind, key1, key2, devAddr, fCnt, confFCnt, txDr, txCh,
                joinReqType, joinEui, devNonce, Bytes.wrap(tampered))), "a changed byte must change the MIC");
    }

    private static Bytes compute(String kind, String key1, String key2, String devAddr, Long fCnt, Integer confFCnt,
            Integer txDr, Integer txCh, String joinReqType, String joinEui, String devNonce, Bytes msg) {
        return switch (kind) {
            case "joinRequest" -> Mic.joinRequest(key(key1), msg);
            case "rejoinRequest" -> Mic.rejoinRequest(key(key1), msg);
            case "joinAccept10" -> Mic.joinAccept10(key(key1), msg);
            case "joinAccept11" -> Mic.joinAccept11(key(key1), Integer.parseInt(joinReqType, 16),
                    Eui64.parse(joinEui), DevNonce.parse(devNonce), msg);
            case "up10" -> Mic.dataUplink10(key(key1), DevAddr.parse(devAddr), fCnt, msg);
            case "up11" -> Mic.dataUplink11(key(key1), key(key2), DevAddr.parse(devAddr), fCnt, confFCnt, txDr, txCh,
                    msg);
            case "down10" -> Mic.dataDownlink10(key(key1), DevAddr.parse(devAddr), fCnt, msg);
            case "down11" -> Mic.dataDownlink11(key(key1), DevAddr.parse(devAddr), fCnt, confFCnt, msg);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    @Test
    void uplink11UsesCmacSThenCmacF() {
        AesKey f = AesKey.parse("000102030405060708090A0B0C0D0E0F");
        AesKey s = AesKey.parse("F0E0D0C0B0A090807060504030201000");
        Bytes mic = Mic.dataUplink11(f, s, ADDR, 1, 7, 5, 2, TTS_UPLINK);
        List<CryptoStep> steps = Mic.dataUplinkSteps11(f, s, ADDR, 1, 7, 5, 2, TTS_UPLINK);
        Bytes cmacF = steps.get(0).result();
        Bytes cmacS = steps.get(1).result();
        assertEquals(cmacS.slice(0, 2).concat(cmacF.slice(0, 2)), mic);
        assertEquals(Mic.dataUplink10(f, ADDR, 1, TTS_UPLINK), cmacF.slice(0, 4), "cmacF is the 1.0 CMAC");
        assertEquals(hex("49 0700 05 02 00 04030201 01000000 00 0D"), steps.get(1).block());
    }

    @Test
    void stepsShowB0AndTheFullCmac() {
        List<CryptoStep> up = Mic.dataSteps10(ONES, Direction.UPLINK, ADDR, 1, TTS_UPLINK);
        assertEquals(hex("49 0000 0000 00 04030201 01000000 00 0D"),
                up.get(0).block());
        assertEquals(Bytes.fromHex("3B073182"), up.get(0).result().slice(0, 4));
        List<CryptoStep> down = Mic.dataDownlinkSteps11(ONES, ADDR, 1, 0x1234, TTS_UPLINK);
        assertEquals(hex("49 3412 0000 01 04030201 01000000 00 0D"),
                down.get(0).block());
        assertEquals(Mic.dataDownlink11(ONES, ADDR, 1, 0x1234, TTS_UPLINK), down.get(0).result().slice(0, 4));
    }

    @Test
    void joinAcceptStepShowsThePrefixedInput() {
        Bytes msg = Bytes.fromHex("2003020103020104030201" + "0001");
        List<CryptoStep> steps = Mic.joinAcceptSteps11(ONES, 0xFF, Eui64.parse("0807060504030201"),
                DevNonce.parse("0201"), msg);
        assertEquals(Bytes.fromHex("FF01020304050607080102").concat(msg), steps.get(0).block());
        assertEquals(Bytes.fromHex("48E9BE5F"), steps.get(0).result().slice(0, 4));
    }

    @Test
    void confFCntIsTruncatedTo16Bits() {
        assertEquals(Mic.dataDownlink11(ONES, ADDR, 1, 0x0001_0005, TTS_UPLINK),
                Mic.dataDownlink11(ONES, ADDR, 1, 5, TTS_UPLINK));
    }

    @Test
    void rejectsOutOfRangeParameters() {
        assertThrows(IllegalArgumentException.class, () -> Mic.dataUplink10(ONES, ADDR, -1, TTS_UPLINK));
        assertThrows(IllegalArgumentException.class, () -> Mic.dataUplink10(ONES, ADDR, 0x1_0000_0000L, TTS_UPLINK));
        assertThrows(IllegalArgumentException.class, () -> Mic.dataUplink11(ONES, ONES, ADDR, 1, 0, 256, 0,
                TTS_UPLINK));
        assertThrows(IllegalArgumentException.class, () -> Mic.joinAccept11(ONES, 3, new Eui64(1), new DevNonce(1),
                TTS_UPLINK));
    }
}
