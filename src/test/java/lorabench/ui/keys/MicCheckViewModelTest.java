// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lorabench.lorawan.frame.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MicCheckViewModelTest {
    private final MicCheckViewModel vm = new MicCheckViewModel();

    /// The data-frame and join-request rows of crypto-mic.csv: the frame is `msg | mic`. The TTS downlink rows
    /// reuse an uplink MHDR (0x40) with the downlink formula, so they are not frames the lab can check as pasted.
    static List<Arguments> micVectors() {
        return Vectors.load("crypto-mic.csv", 14).stream()
                .filter(a -> List.of("up10", "up11", "down10", "down11", "joinRequest").contains((String) a.get()[1]))
                .filter(a -> !List.of("tts-legacy-downlink", "tts-downlink-11").contains((String) a.get()[0]))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("micVectors")
    void computesTheKnownMicAndRejectsAFlippedByte(String name, String kind, String key1, String key2, String devAddr,
            String fCnt, String confFCnt, String txDr, String txCh, String joinReqType, String joinEui,
            String devNonce, String msg, String mic) {
        vm.versionProperty().set(kind.endsWith("11") ? KeyVersion.V1_1 : KeyVersion.V1_0);
        vm.phyPayload().setText(msg + mic);
        vm.key1().setText(key1);
        vm.key2().setText(key2);
        vm.fCnt32().setText(fCnt);
        vm.confFCnt().setText(confFCnt);
        vm.txDr().setText(txDr);
        vm.txCh().setText(txCh);
        assertEquals(MicVerdict.VALID, vm.verdictProperty().get(), vm.messageProperty().get());
        assertEquals(mic, vm.computedProperty().get());
        assertEquals(mic, vm.receivedProperty().get());
        assertEquals(kind.equals("up11") ? 2 : 1, vm.steps().size());
        AnnotatedBlock first = vm.steps().getFirst();
        if (kind.equals("joinRequest")) {
            assertEquals(List.of("MHDR", "JoinEUI", "DevEUI", "DevNonce"),
                    first.segments().stream().map(AnnotatedBlock.Segment::name).toList());
        } else {
            assertEquals(0x49, first.input().get(0));
            assertEquals("DevAddr", first.segmentAt(6).name());
            assertEquals(mic.substring(kind.equals("up11") ? 4 : 0, kind.equals("up11") ? 8 : 8),
                    first.output().toHex().substring(0, kind.equals("up11") ? 4 : 8));
        }
        String wrong = mic.substring(0, 7) + (mic.charAt(7) == '0' ? '1' : '0');
        vm.phyPayload().setText(msg + wrong);
        assertEquals(MicVerdict.INVALID, vm.verdictProperty().get());
        assertEquals(mic, vm.computedProperty().get());
    }

    @Test
    void checksAnEncryptedJoinAcceptAfterDecryptingIt() {
        vm.phyPayload().setText("20 23CF335489AAE3183C0BE0BAA8DEE5F3");
        assertEquals("AppKey", vm.key1LabelProperty().get());
        vm.key1().setText("0102030405060708090A0B0C0D0E0F10");
        assertEquals(MicVerdict.VALID, vm.verdictProperty().get(), vm.messageProperty().get());
        assertEquals("3449F212", vm.computedProperty().get());
        vm.versionProperty().set(KeyVersion.V1_1);
        assertEquals(MicVerdict.NOT_COMPUTED, vm.verdictProperty().get());
        assertTrue(vm.messageProperty().get().contains("JSIntKey"));
    }

    @Test
    void labelsAndHintsFollowTheFrameAndVersion() {
        assertEquals("Paste a PHYPayload in hex.", vm.messageProperty().get());
        vm.phyPayload().setText("40 0102");
        assertTrue(vm.messageProperty().get().startsWith("PHYPayload: not a LoRaWAN frame"), vm.messageProperty().get());
        vm.phyPayload().setText("60 04030201 03 0000 22AC0A 01 F0B468DD AA5ED13A");
        vm.versionProperty().set(KeyVersion.V1_1);
        assertEquals("SNwkSIntKey", vm.key1LabelProperty().get(), "1.1 downlinks are signed with SNwkSIntKey");
        assertTrue(vm.v11ParametersProperty().get());
        assertEquals("Enter the key to compute the MIC.", vm.messageProperty().get());
        vm.fCnt32().setText("x");
        vm.key1().setText("01010101010101010101010101010100");
        assertTrue(vm.messageProperty().get().startsWith("Fix the counters"), vm.messageProperty().get());
        vm.fCnt32().setText("");
        assertEquals(MicVerdict.VALID, vm.verdictProperty().get());
    }

    @Test
    void derivedKeysGoToTheMicCheck() {
        List<String> copied = new ArrayList<>();
        KeysLabViewModel lab = new KeysLabViewModel(new Random(1), copied::add);
        lab.derivation().field(KeyField.APP_KEY).setText("0102030405060708090A0B0C0D0E0F10");
        lab.derivation().field(KeyField.JOIN_NONCE).setText("010000");
        lab.derivation().field(KeyField.NET_ID).setText("010203");
        lab.derivation().field(KeyField.DEV_NONCE).setText("0102");
        lab.derivation().derive();
        assertTrue(lab.derivedKeysAvailable().get());
        lab.useDerivedKeysForMic();
        assertEquals(lab.derivation().steps().getFirst().output().toHex(), lab.mic().key1().textProperty().get());
        lab.copyAllKeys();
        assertTrue(copied.getFirst().startsWith("NwkSKey = "), copied.getFirst());
        lab.copy(lab.derivation().steps().get(1).output());
        assertEquals(lab.derivation().steps().get(1).output().toHex(), copied.get(1));
    }
}
