// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.frame.FieldSpan;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.Vectors;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.ui.keys.KeyVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FrameDissectorTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static List<Arguments> phyVectors() {
        return Vectors.load("frame-phypayload.csv", 3);
    }

    static List<Arguments> malformedVectors() {
        return Vectors.load("frame-malformed.csv", 4);
    }

    private static Dissection dissect(Bytes phy, Optional<DissectionKeys> keys) {
        return FrameDissector.dissect(CapturedFrame.manual(T0, phy, keys));
    }

    private static List<DissectionNode> all(Dissection d) {
        List<DissectionNode> out = new ArrayList<>();
        d.roots().forEach(r -> collect(r, out));
        return out;
    }

    private static void collect(DissectionNode n, List<DissectionNode> out) {
        out.add(n);
        n.children().forEach(c -> collect(c, out));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phyVectors")
    void everyFieldOfTheLayoutIsANodeWithItsSpan(String name, String hex, String fields) throws MalformedFrameException {
        Bytes phy = Vectors.hex(hex);
        Dissection d = dissect(phy, Optional.empty());
        List<DissectionNode> nodes = all(d);
        for (DissectionNode n : nodes) {
            n.span().ifPresent(s -> assertTrue(s.end() <= phy.size(), n.name() + " spans past the frame"));
        }
        List<FieldSpan> spans = nodes.stream().flatMap(n -> n.span().stream()).toList();
        for (FieldSpan s : FrameCodec.layout(FrameCodec.decode(phy))) {
            assertTrue(spans.stream().anyMatch(x -> x.offset() == s.offset() && x.length() == s.length()),
                    name + ": no node spans " + s);
        }
        assertEquals(new FieldSpan("mhdr", 0, 1), d.find("MHDR").orElseThrow().span().orElseThrow());
        if (!fields.contains("mType=Proprietary")) {
            assertEquals(phy.size() - 4, d.find("MIC").orElseThrow().span().orElseThrow().offset());
        }
    }

    @Test
    void dissectsTheFieldsOfAConfirmedUplinkWithFOpts() {
        // chirpstack confirmed uplink: FCtrl 03 (FOptsLen 3), FOpts DevStatusAns(115, 7), FPort 10
        Dissection d = dissect(Vectors.hex("80 | 04030201 | 03 | 0000 | 067307 | 0A | E264D4F7 | E117D2C0"),
                Optional.of(DissectionKeys.of10(new lorabench.lorawan.crypto.SessionKeys.Keys10(
                        AesKey.parse("0102030405060708090A0B0C0D0E0F10"), AesKey.parse("0102030405060708090A0B0C0D0E0F10")))));
        assertEquals("0x80 ConfirmedDataUp", d.find("MHDR").orElseThrow().value());
        assertTrue(d.find("MType").orElseThrow().value().startsWith("100"));
        assertEquals("01020304", d.find("DevAddr").orElseThrow().value().substring(0, 8));
        assertEquals("0x03", d.find("FCtrl").orElseThrow().value());
        assertTrue(d.find("FOptsLen").orElseThrow().value().startsWith("0011"));
        DissectionNode devStatus = d.find("DevStatusAns").orElseThrow();
        assertEquals(Optional.of(new FieldSpan("macCommand.DevStatusAns", 8, 3)), devStatus.span());
        assertEquals("115", devStatus.children().stream().filter(c -> c.name().equals("battery")).findFirst()
                .orElseThrow().value());
        assertEquals("10 (application)", d.find("FPort").orElseThrow().value());
        DissectionNode mic = d.find("MIC").orElseThrow();
        assertEquals(DissectionNode.Tone.GOOD, mic.tone(), "NwkSKey 0102..10 gives the vector's MIC");
        assertTrue(mic.value().contains("valid"));
    }

    @Test
    void decryptsJoinAcceptsAndPayloadsWithTheKeys() {
        Dissection ja = dissect(SampleFrames.joinAccept(), Optional.of(SampleFrames.KEYS));
        assertEquals(SampleFrames.DEV_ADDR.toString(), ja.find("DevAddr").orElseThrow().value());
        assertEquals(new FieldSpan("joinAccept.devAddr", 7, 4), ja.find("DevAddr").orElseThrow().span().orElseThrow());
        assertEquals(DissectionNode.Tone.GOOD, ja.find("MIC").orElseThrow().tone());
        Dissection up = dissect(SampleFrames.uplinkWithLinkCheck(), Optional.of(SampleFrames.KEYS));
        assertTrue(up.find("Decrypted (AppSKey)").orElseThrow().value().startsWith("48656C6C6F"));
        assertTrue(up.find("Decrypted (AppSKey)").orElseThrow().value().contains("\"Hello\""));
        Dissection noKeys = dissect(SampleFrames.joinAccept(), Optional.empty());
        assertEquals(DissectionNode.Tone.MUTED, noKeys.find("Join-accept (encrypted)").orElseThrow().tone());
    }

    @Test
    void aWrongKeyMarksTheMicInvalid() {
        DissectionKeys wrong = DissectionKeys.none(KeyVersion.V1_0).withNwkSKey(AesKey.parse("00000000000000000000000000000001"));
        DissectionNode mic = dissect(SampleFrames.uplinkWithLinkCheck(), Optional.of(wrong)).find("MIC").orElseThrow();
        assertEquals(DissectionNode.Tone.PROBLEM, mic.tone());
        assertTrue(mic.value().contains("invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedVectors")
    void malformedBytesNameTheFieldAndSpanToTheEnd(String name, String hex, String field, String offset) {
        Bytes phy = Vectors.hex(hex);
        DissectionNode bad = dissect(phy, Optional.empty()).find("Malformed").orElseThrow();
        assertEquals(DissectionNode.Tone.PROBLEM, bad.tone());
        assertTrue(bad.value().startsWith(field), bad.value());
        bad.span().ifPresent(s -> assertEquals(phy.size(), s.end()));
        assertFalse(FrameRow.of(1, CapturedFrame.manual(T0, phy, Optional.empty()), java.time.ZoneOffset.UTC)
                .error().isEmpty());
    }
}
