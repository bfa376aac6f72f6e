// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import static lorabench.lorawan.crypto.Vectors.hex;
import static lorabench.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PayloadCipherTest {
    private static final AesKey ONES = AesKey.parse("01010101010101010101010101010101");
    private static final DevAddr ADDR = DevAddr.parse("01020304");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/crypto-payload.csv", numLinesToSkip = 1)
    void encryptsAndDecryptsKnownPayloads(String name, String kind, String key, Direction dir, String devAddr,
            long fCnt, int fPort, String plain, String encrypted) {
        AesKey k = key(key);
        DevAddr addr = DevAddr.parse(devAddr);
        switch (kind) {
            case "frm" -> {
                assertEquals(hex(encrypted), PayloadCipher.encrypt(k, dir, addr, fCnt, hex(plain)));
                assertEquals(hex(plain), PayloadCipher.decrypt(k, dir, addr, fCnt, hex(encrypted)));
            }
            case "fopts" -> {
                FCntKind counter = FCntKind.forFrame(dir, fPort);
                assertEquals(hex(encrypted), FOptsCipher.apply(k, counter, addr, fCnt, hex(plain)));
                assertEquals(hex(plain), FOptsCipher.apply(k, counter, addr, fCnt, hex(encrypted)));
            }
            case "fopts-pre-erratum" -> {
                assertEquals(hex(encrypted), FOptsCipher.applyPreErratum(k, dir, addr, fCnt, hex(plain)));
                assertEquals(hex(plain), FOptsCipher.applyPreErratum(k, dir, addr, fCnt, hex(encrypted)));
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    @Test
    void counterFollowsDirectionAndFPort() {
        assertEquals(FCntKind.F_CNT_UP, FCntKind.forFrame(Direction.UPLINK, 5));
        assertEquals(FCntKind.F_CNT_UP, FCntKind.forFrame(Direction.UPLINK, FCntKind.NO_FPORT));
        assertEquals(FCntKind.N_F_CNT_DOWN, FCntKind.forFrame(Direction.DOWNLINK, FCntKind.NO_FPORT));
        assertEquals(FCntKind.N_F_CNT_DOWN, FCntKind.forFrame(Direction.DOWNLINK, 0));
        assertEquals(FCntKind.A_F_CNT_DOWN, FCntKind.forFrame(Direction.DOWNLINK, 1));
        assertThrows(IllegalArgumentException.class, () -> FCntKind.forFrame(Direction.DOWNLINK, 256));
    }

    @Test
    void erratumSeparatesNetworkAndApplicationDownlinkKeyStreams() {
        Bytes fOpts = Bytes.fromHex("020701");
        assertNotEquals(FOptsCipher.apply(ONES, FCntKind.N_F_CNT_DOWN, ADDR, 3, fOpts),
                FOptsCipher.apply(ONES, FCntKind.A_F_CNT_DOWN, ADDR, 3, fOpts));
        CryptoStep step = FOptsCipher.step(ONES, FCntKind.A_F_CNT_DOWN, ADDR, 3);
        assertEquals(hex("01 000000 02 01 04030201 03000000 00 01"), step.block());
        byte[] expected = fOpts.toArray();
        for (int i = 0; i < expected.length; i++) {
            expected[i] ^= (byte) step.result().get(i);
        }
        assertEquals(Bytes.wrap(expected), FOptsCipher.apply(ONES, FCntKind.A_F_CNT_DOWN, ADDR, 3, fOpts));
    }

    @Test
    void stepsListEachABlockAndItsKeyStream() {
        Bytes payload = Bytes.wrap(new byte[20]);
        List<CryptoStep> steps = PayloadCipher.steps(ONES, Direction.UPLINK, ADDR, 1, payload);
        assertEquals(2, steps.size());
        assertEquals(hex("01 00000000 00 04030201 01000000 00 01"), steps.get(0).block());
        assertEquals(hex("01 00000000 00 04030201 01000000 00 02"), steps.get(1).block());
        // encrypting zeros yields the key stream itself
        Bytes stream = steps.get(0).result().concat(steps.get(1).result()).slice(0, 20);
        assertEquals(stream, PayloadCipher.encrypt(ONES, Direction.UPLINK, ADDR, 1, payload));
    }

    @Test
    void handlesEmptyAndRejectsOversizedInput() {
        assertEquals(Bytes.EMPTY, PayloadCipher.encrypt(ONES, Direction.UPLINK, ADDR, 1, Bytes.EMPTY));
        assertEquals(Bytes.EMPTY, FOptsCipher.apply(ONES, FCntKind.F_CNT_UP, ADDR, 1, Bytes.EMPTY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FOptsCipher.apply(ONES, FCntKind.F_CNT_UP, ADDR, 1, Bytes.wrap(new byte[16])));
        assertEquals("FOpts is at most 15 bytes, got 16", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PayloadCipher.encrypt(ONES, Direction.UPLINK, ADDR, 1, Bytes.wrap(new byte[255 * 16 + 1])));
        assertThrows(IllegalArgumentException.class,
                () -> PayloadCipher.encrypt(ONES, Direction.UPLINK, ADDR, -1, Bytes.fromHex("01")));
    }
}
