// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.AesKey;
import lorabench.ui.keys.KeyVersion;
import org.junit.jupiter.api.Test;

class DecodeInputViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final List<CapturedFrame> added = new ArrayList<>();
    private final DecodeInputViewModel vm = new DecodeInputViewModel(InstantSource.fixed(NOW), added::add);

    @Test
    void addsAPastedFrameWithTheKeysTyped() {
        assertFalse(vm.canAddBinding().get());
        vm.phyPayload().setText(SampleFrames.uplinkWithLinkCheck().toHex().replaceAll("(..)", "$1 "));
        vm.networkKey().setText(SampleFrames.SESSION.nwkSKey().toHex());
        vm.appSKey().setText(SampleFrames.SESSION.appSKey().toHex());
        assertTrue(vm.canAddBinding().get(), vm.problemBinding().get());
        vm.add();
        CapturedFrame f = added.getFirst();
        assertEquals(NOW, f.time());
        assertEquals(FrameOrigin.MANUAL, f.origin());
        assertEquals(SampleFrames.uplinkWithLinkCheck(), f.phyPayload());
        DissectionKeys k = f.keys().orElseThrow();
        assertEquals(Optional.of(SampleFrames.SESSION.nwkSKey()), k.sNwkSIntKey(), "1.0: NwkSKey in every role");
        assertEquals(Optional.of(SampleFrames.SESSION.appSKey()), k.appSKey());
        assertEquals(MicStatus.VALID, FrameRow.of(1, f, java.time.ZoneOffset.UTC).mic());
    }

    @Test
    void blankKeysAreUnknownButBadOnesBlockAdding() {
        vm.phyPayload().setText("40DA1B012600010001A1B2C3D4");
        assertTrue(vm.canAddBinding().get());
        vm.rootKey().setText("12");
        assertFalse(vm.canAddBinding().get());
        assertTrue(vm.problemBinding().get().contains("16 bytes"), vm.problemBinding().get());
        vm.add();
        assertTrue(added.isEmpty());
        vm.rootKey().setText("");
        vm.add();
        assertEquals(Optional.empty(), added.getFirst().keys());
    }

    @Test
    void version11KeepsTheThreeNetworkKeysApart() {
        vm.versionProperty().set(KeyVersion.V1_1);
        vm.phyPayload().setText("40DA1B012600010001A1B2C3D4");
        AesKey f = AesKey.parse("01010101010101010101010101010101");
        vm.networkKey().setText(f.toHex());
        vm.fCnt32().setText("0x10001");
        vm.add();
        DissectionKeys k = added.getFirst().keys().orElseThrow();
        assertEquals(Optional.of(f), k.fNwkSIntKey());
        assertEquals(Optional.empty(), k.sNwkSIntKey());
        assertEquals(65_537, k.fCnt32().getAsLong());
        assertTrue(k.lorawan11());
    }

    @Test
    void malformedFramesMayBeAddedButNotNonHex() {
        vm.phyPayload().setText("zz");
        assertFalse(vm.canAddBinding().get());
        vm.phyPayload().setText("40 0102");
        assertTrue(vm.canAddBinding().get());
    }
}
