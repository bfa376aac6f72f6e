// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import lorabench.lorawan.crypto.CryptoStep;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.Vectors;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyDerivationViewModelTest {
    private final KeyDerivationViewModel vm = new KeyDerivationViewModel(new Random(7));

    /// crypto-keys.csv without its header and without the js-only rows.
    static List<Arguments> keyVectors() {
        return Vectors.load("crypto-keys.csv", 13).stream()
                .filter(a -> !a.get()[0].equals("name") && !a.get()[1].equals("js")).toList();
    }

    private void type(KeyField f, String text) {
        vm.field(f).setText(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyVectors")
    void derivedKeysAreTheKnownAnswersAndTheCryptoPackagesSteps(String name, String kind, String appKey,
            String nwkKey, String joinNonce, String netId, String joinEui, String devNonce, String devEui, String out1,
            String out2, String out3, String out4) {
        KeyVersion v = switch (kind) {
            case "10" -> KeyVersion.V1_0;
            case "11" -> KeyVersion.V1_1;
            default -> KeyVersion.V1_1_OPT_NEG_UNSET;
        };
        vm.versionProperty().set(v);
        type(KeyField.APP_KEY, appKey);
        type(KeyField.NWK_KEY, nwkKey);
        type(KeyField.JOIN_NONCE, joinNonce);
        type(KeyField.NET_ID, netId);
        type(KeyField.JOIN_EUI, joinEui);
        type(KeyField.DEV_NONCE, devNonce);
        type(KeyField.DEV_EUI, devEui.isEmpty() ? "0004A30B001C0530" : devEui);
        assertTrue(vm.canDeriveProperty().get(), vm.missingProperty().get());
        vm.derive();
        Map<String, Bytes> shown = new java.util.HashMap<>();
        vm.steps().forEach(s -> shown.put(s.title(), s.output()));
        List<CryptoStep> expected = new ArrayList<>();
        switch (v) {
            case V1_0 -> {
                assertEquals(Bytes.fromHex(out1), shown.get("NwkSKey"));
                assertEquals(Bytes.fromHex(out2), shown.get("AppSKey"));
                expected.addAll(SessionKeys.derivationSteps10(AesKey.parse(appKey), JoinNonce.parse(joinNonce),
                        NetId.parse(netId), DevNonce.parse(devNonce)));
            }
            case V1_1 -> {
                assertEquals(Bytes.fromHex(out1), shown.get("FNwkSIntKey"));
                assertEquals(Bytes.fromHex(out2), shown.get("SNwkSIntKey"));
                assertEquals(Bytes.fromHex(out3), shown.get("NwkSEncKey"));
                assertEquals(Bytes.fromHex(out4), shown.get("AppSKey"));
                expected.addAll(SessionKeys.derivationSteps11(AesKey.parse(appKey), AesKey.parse(nwkKey),
                        JoinNonce.parse(joinNonce), Eui64.parse(joinEui), DevNonce.parse(devNonce)));
            }
            case V1_1_OPT_NEG_UNSET -> {
                assertEquals(Bytes.fromHex(out1), shown.get("FNwkSIntKey = SNwkSIntKey = NwkSEncKey"));
                assertEquals(Bytes.fromHex(out4), shown.get("AppSKey"));
                expected.addAll(SessionKeys.derivationSteps10(AesKey.parse(nwkKey), JoinNonce.parse(joinNonce),
                        NetId.parse(netId), DevNonce.parse(devNonce)));
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).block(), vm.steps().get(i).input(), "block of step " + i);
            assertEquals(expected.get(i).result(), vm.steps().get(i).output(), "result of step " + i);
        }
    }

    @Test
    void theBlockIsAnnotatedWithTheLittleEndianFields() {
        type(KeyField.APP_KEY, "01020304050607080102030405060708");
        type(KeyField.JOIN_NONCE, "010000");
        type(KeyField.NET_ID, "010203");
        type(KeyField.DEV_NONCE, "0102");
        vm.derive();
        AnnotatedBlock nwkSKey = vm.steps().getFirst();
        assertEquals(List.of("0x01", "JoinNonce", "NetID", "DevNonce", "pad"),
                nwkSKey.segments().stream().map(AnnotatedBlock.Segment::name).toList());
        assertEquals(Bytes.fromHex("01 000001 030201 0201 00000000000000".replace(" ", "")), nwkSKey.input());
        assertEquals(ByteRole.NONCE, nwkSKey.segmentAt(2).role());
        assertEquals(ByteRole.PADDING, nwkSKey.segmentAt(15).role());
        assertEquals("0x02", vm.steps().get(1).segments().getFirst().name());
    }

    @Test
    void validationIsLiveAndAcceptsTheHexNotations() {
        assertFalse(vm.canDeriveProperty().get());
        type(KeyField.APP_KEY, "0x01020304050607080102030405060708");
        type(KeyField.JOIN_NONCE, "01-00-00");
        type(KeyField.NET_ID, "010203");
        type(KeyField.DEV_NONCE, "01 02");
        assertEquals("DevNonce: hex value '01 02' has an odd number of digits.",
                vm.shownErrorProperty(KeyField.DEV_NONCE).get());
        assertFalse(vm.canDeriveProperty().get());
        assertEquals("Enter DevNonce.", vm.missingProperty().get());
        type(KeyField.DEV_NONCE, "0102");
        assertTrue(vm.canDeriveProperty().get());
        type(KeyField.APP_KEY, "0102");
        assertTrue(vm.shownErrorProperty(KeyField.APP_KEY).get().contains("16 bytes"));
        assertFalse(vm.canDeriveProperty().get());
        assertEquals("", vm.shownErrorProperty(KeyField.NWK_KEY).get(), "an unused empty field shows no error");
    }

    @Test
    void changingAnInputClearsTheShownDerivation() {
        vm.prefill(JoinInputs.NONE.withAppKey(AesKey.parse("01020304050607080102030405060708"))
                .withJoinNonce(JoinNonce.parse("010000")).withNetId(NetId.parse("010203")));
        type(KeyField.DEV_NONCE, "0102");
        vm.derive();
        assertEquals(2, vm.steps().size());
        type(KeyField.DEV_NONCE, "0103");
        assertTrue(vm.steps().isEmpty());
        assertTrue(vm.derived().isEmpty());
    }

    @Test
    void randomValuesHaveTheFieldsSizes() {
        vm.versionProperty().set(KeyVersion.V1_1);
        for (KeyField f : KeyField.values()) {
            vm.randomize(f);
            assertTrue(vm.field(f).value().isPresent(), f + " " + vm.field(f).textProperty().get());
            assertEquals(2 * f.size(), vm.field(f).textProperty().get().length());
        }
        assertTrue(vm.canDeriveProperty().get());
    }

    @Test
    void prefillSetsOnlyWhatIsKnown() {
        type(KeyField.APP_KEY, "01020304050607080102030405060708");
        vm.prefill(JoinInputs.fromJoinRequest(Eui64.parse("70B3D57ED0000001"), Eui64.parse("0004A30B001C0530"),
                DevNonce.parse("3C5A")).withVersion(KeyVersion.V1_1));
        assertEquals(KeyVersion.V1_1, vm.versionProperty().get());
        assertEquals("70B3D57ED0000001", vm.field(KeyField.JOIN_EUI).textProperty().get());
        assertEquals("3C5A", vm.field(KeyField.DEV_NONCE).textProperty().get());
        assertEquals("01020304050607080102030405060708", vm.field(KeyField.APP_KEY).textProperty().get());
        assertEquals(Optional.empty(), vm.field(KeyField.NET_ID).value());
    }
}
