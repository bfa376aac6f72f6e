// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import static lorabench.lorawan.crypto.Vectors.hex;
import static lorabench.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SessionKeysTest {
    private static final AesKey NWK_KEY = AesKey.parse("01020304050607080102030405060708");
    private static final AesKey APP_KEY = AesKey.parse("00000000000000000000000000000000");
    private static final JoinNonce JOIN_NONCE = JoinNonce.parse("010000");
    private static final NetId NET_ID = NetId.parse("010203");
    private static final DevNonce DEV_NONCE = DevNonce.parse("0102");
    private static final Eui64 JOIN_EUI = Eui64.parse("0807060504030201");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/crypto-keys.csv", numLinesToSkip = 1)
    void derivesKnownKeys(String name, String kind, String appKey, String nwkKey, String joinNonce, String netId,
            String joinEui, String devNonce, String devEui, String out1, String out2, String out3, String out4) {
        switch (kind) {
            case "10" -> assertEquals(new SessionKeys.Keys10(key(out1), key(out2)), SessionKeys.derive10(key(appKey),
                    JoinNonce.parse(joinNonce), NetId.parse(netId), DevNonce.parse(devNonce)));
            case "11" -> {
                assertEquals(new SessionKeys.Keys11(key(out1), key(out2), key(out3), key(out4)),
                        SessionKeys.derive11(key(appKey), key(nwkKey), JoinNonce.parse(joinNonce),
                                Eui64.parse(joinEui), DevNonce.parse(devNonce)));
                assertEquals(new SessionKeys.NetworkKeys11(key(out1), key(out2), key(out3)),
                        SessionKeys.deriveNetwork11(key(nwkKey), JoinNonce.parse(joinNonce), Eui64.parse(joinEui),
                                DevNonce.parse(devNonce)), "the network keys need no AppKey");
            }
            case "11-optneg-unset" -> assertEquals(new SessionKeys.Keys11(key(out1), key(out2), key(out3), key(out4)),
                    SessionKeys.derive11OptNegUnset(key(nwkKey), JoinNonce.parse(joinNonce), NetId.parse(netId),
                            DevNonce.parse(devNonce)));
            case "js" -> {
                assertEquals(key(out1), SessionKeys.jsIntKey(key(nwkKey), Eui64.parse(devEui)));
                assertEquals(key(out2), SessionKeys.jsEncKey(key(nwkKey), Eui64.parse(devEui)));
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    @Test
    void steps10ShowLittleEndianBlocks() {
        List<CryptoStep> steps = SessionKeys.derivationSteps10(NWK_KEY, JOIN_NONCE, NET_ID, DEV_NONCE);
        assertEquals(hex("01 000001 030201 0201 00000000000000"), steps.get(0).block());
        assertEquals(hex("02 000001 030201 0201 00000000000000"), steps.get(1).block());
        SessionKeys.Keys10 keys = SessionKeys.derive10(NWK_KEY, JOIN_NONCE, NET_ID, DEV_NONCE);
        assertEquals(AesKey.of(steps.get(0).result()), keys.nwkSKey());
        assertEquals(AesKey.of(steps.get(1).result()), keys.appSKey());
    }

    @Test
    void steps11ShowLittleEndianBlocksInTypeOrder() {
        List<CryptoStep> steps = SessionKeys.derivationSteps11(APP_KEY, NWK_KEY, JOIN_NONCE, JOIN_EUI, DEV_NONCE);
        assertEquals(hex("01 000001 0102030405060708 0201 0000"), steps.get(0).block());
        assertEquals(hex("02 000001 0102030405060708 0201 0000"), steps.get(1).block());
        SessionKeys.Keys11 keys = SessionKeys.derive11(APP_KEY, NWK_KEY, JOIN_NONCE, JOIN_EUI, DEV_NONCE);
        assertEquals(List.of(keys.fNwkSIntKey(), keys.appSKey(), keys.sNwkSIntKey(), keys.nwkSEncKey()),
                steps.stream().map(s -> AesKey.of(s.result())).toList());
    }

    @Test
    void jsStepsShowDevEuiLittleEndian() {
        Eui64 devEui = Eui64.parse("0042004213424341");
        List<CryptoStep> steps = SessionKeys.jsKeySteps(NWK_KEY, devEui);
        assertEquals(hex("05 4143421342004200 00000000000000"), steps.get(0).block());
        assertEquals(hex("06 4143421342004200 00000000000000"), steps.get(1).block());
        assertEquals(SessionKeys.jsEncKey(NWK_KEY, devEui), AesKey.of(steps.get(0).result()));
        assertEquals(SessionKeys.jsIntKey(NWK_KEY, devEui), AesKey.of(steps.get(1).result()));
    }

    @Test
    void keySetsNeverPrintKeys() {
        SessionKeys.Keys11 keys = SessionKeys.derive11(APP_KEY, NWK_KEY, JOIN_NONCE, JOIN_EUI, DEV_NONCE);
        String text = keys.toString() + SessionKeys.derive10(NWK_KEY, JOIN_NONCE, NET_ID, DEV_NONCE);
        assertFalse(text.contains(keys.appSKey().toHex()), text);
        assertFalse(text.contains(keys.fNwkSIntKey().toHex()), text);
    }
}
