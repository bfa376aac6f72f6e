// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameCodecTest {
    static List<Arguments> phyVectors() {
        return Vectors.load("frame-phypayload.csv", 3);
    }

    static List<Arguments> joinAcceptVectors() {
        return Vectors.load("frame-join-accept-plaintext.csv", 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phyVectors")
    void decodesAndEncodesEveryVector(String name, String hex, String fields) throws MalformedFrameException {
        Bytes bytes = Vectors.hex(hex);
        PhyPayload expected = FrameVectorBuilder.phy(Vectors.fields(fields));
        assertEquals(expected, FrameCodec.decode(bytes), "decode");
        assertEquals(bytes, FrameCodec.encode(expected), "encode");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phyVectors")
    void layoutTilesTheWholeFrame(String name, String hex, String fields) {
        PhyPayload frame = FrameVectorBuilder.phy(Vectors.fields(fields));
        int next = 0;
        for (FieldSpan s : FrameCodec.layout(frame)) {
            assertEquals(next, s.offset(), name + ": " + s);
            next = s.end();
        }
        assertEquals(Vectors.hex(hex).size(), next);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("joinAcceptVectors")
    void decodesAndEncodesJoinAcceptPlaintext(String name, String hex, String fields, String micInput)
            throws MalformedFrameException {
        Bytes plaintext = Vectors.hex(hex);
        JoinAccept expected = FrameVectorBuilder.joinAccept(Vectors.fields(fields));
        assertEquals(expected, FrameCodec.decodeJoinAcceptPlaintext(MHdr.of(MType.JOIN_ACCEPT), plaintext));
        assertEquals(plaintext, FrameCodec.encodeJoinAcceptPlaintext(expected));
        assertEquals(Vectors.hex(micInput), FrameCodec.micInput(expected));
        assertEquals(Bytes.fromHex("20").concat(plaintext), FrameCodec.encode(expected));
    }

    @Test
    void decodesTheUplinkOfTheTtsTableFieldByField() throws MalformedFrameException {
        var frame = assertInstanceOf(DataFrame.class,
                FrameCodec.decode(Bytes.fromHex("40FFFFFF42B242FFFEFF42FEFF42FFFFFF")));
        assertEquals("UnconfirmedDataUp", frame.mHdr().mType().specName());
        assertEquals(DevAddr.parse("42FFFFFF"), frame.fHdr().devAddr());
        assertEquals(new FCtrl(true, false, true, false, true, 2), frame.fHdr().fCtrl());
        assertEquals(0xFF42, frame.fHdr().fCnt());
        assertEquals(Optional.of(new FPort(0x42)), frame.fPort());
        assertEquals(Direction.UPLINK, frame.direction());
        assertFalse(frame.confirmed());
    }

    @Test
    void layoutNamesEveryFieldOfADataFrame() throws MalformedFrameException {
        PhyPayload frame = FrameCodec.decode(Bytes.fromHex("40FFFFFF42B242FFFEFF42FEFF42FFFFFF"));
        assertEquals(List.of(new FieldSpan("mhdr", 0, 1), new FieldSpan("fhdr.devAddr", 1, 4),
                new FieldSpan("fhdr.fCtrl", 5, 1), new FieldSpan("fhdr.fCnt", 6, 2),
                new FieldSpan("fhdr.fOpts", 8, 2), new FieldSpan("fPort", 10, 1),
                new FieldSpan("frmPayload", 11, 2), new FieldSpan("mic", 13, 4)), FrameCodec.layout(frame));
    }

    @Test
    void layoutNamesJoinRequestAndRejoinFields() throws MalformedFrameException {
        PhyPayload jr = FrameCodec.decode(Bytes.fromHex("000101010101010101020202020202020203030 9B97B32".replace(" ", "")));
        assertEquals(List.of(new FieldSpan("mhdr", 0, 1), new FieldSpan("joinRequest.joinEui", 1, 8),
                new FieldSpan("joinRequest.devEui", 9, 8), new FieldSpan("joinRequest.devNonce", 17, 2),
                new FieldSpan("mic", 19, 4)), FrameCodec.layout(jr));
        PhyPayload rj = FrameCodec.decode(Bytes.fromHex("C001FFFFFFFFFFFFFF42FFFFFFFFFFFFFF4242FF42FFFFFF"));
        assertEquals(List.of("mhdr", "rejoinRequest.rejoinType", "rejoinRequest.joinEui", "rejoinRequest.devEui",
                "rejoinRequest.rjCount", "mic"), FrameCodec.layout(rj).stream().map(FieldSpan::path).toList());
    }

    @Test
    void micInputIsEverythingBeforeTheMic() throws MalformedFrameException {
        PhyPayload up = FrameCodec.decode(Bytes.fromHex("8004030201030000067307 0AE264D4F7E117D2C0".replace(" ", "")));
        assertEquals(Bytes.fromHex("80040302010300000673070AE264D4F7"), FrameCodec.micInput(up));
        PhyPayload jr = FrameCodec.decode(Bytes.fromHex("00010101010101010102020202020202020303 09B97B32".replace(" ", "")));
        assertEquals(Bytes.fromHex("0001010101010101010202020202020202 0303".replace(" ", "")), FrameCodec.micInput(jr));
    }

    @Test
    void micInputIsUndefinedForEncryptedJoinAcceptAndProprietary() throws MalformedFrameException {
        PhyPayload ja = FrameCodec.decode(Bytes.fromHex("2023CF335489AAE3183C0BE0BAA8DEE5F3"));
        assertThrows(IllegalArgumentException.class, () -> FrameCodec.micInput(ja));
        assertThrows(IllegalArgumentException.class, () -> FrameCodec.micInput(FrameCodec.decode(Bytes.fromHex("E0"))));
    }

    @Test
    void withersRebuildDataFrames() throws MalformedFrameException {
        DataFrame d = (DataFrame) FrameCodec.decode(Bytes.fromHex("40DA1B01260001000501A1B2C3D4"));
        DataFrame changed = d.withFrmPayload(Bytes.fromHex("AABB")).withMic(Bytes.fromHex("00000000"))
                .withFOpts(Bytes.fromHex("0307"));
        assertEquals(Bytes.fromHex("40DA1B0126020100 0307 05 AABB 00000000".replace(" ", "")), FrameCodec.encode(changed));
        assertEquals(2, changed.fHdr().fCtrl().fOptsLen());
    }

    @Test
    void constructorsRejectWhatTheSpecForbids() {
        FHdr withFOpts = FHdr.of(DevAddr.parse("26011BDA"), FCtrl.uplink(false, false, false, false, 0), 1,
                Bytes.fromHex("02"));
        Bytes mic = Bytes.fromHex("00000000");
        assertThrows(IllegalArgumentException.class,
                () -> DataFrame.of(MType.UNCONFIRMED_DATA_UP, withFOpts, 0, Bytes.EMPTY, mic));
        FHdr pending = FHdr.of(DevAddr.parse("26011BDA"), FCtrl.downlink(false, false, true, 0), 1, Bytes.EMPTY);
        assertThrows(IllegalArgumentException.class, () -> DataFrame.withoutPort(MType.CONFIRMED_DATA_UP, pending, mic));
        assertThrows(IllegalArgumentException.class,
                () -> new DataFrame(MHdr.of(MType.UNCONFIRMED_DATA_UP), withFOpts, Optional.empty(), Bytes.fromHex("01"), mic));
        assertThrows(IllegalArgumentException.class,
                () -> DataFrame.of(MType.UNCONFIRMED_DATA_UP, withFOpts, 1, Bytes.wrap(new byte[243]), mic));
        assertThrows(IllegalArgumentException.class, () -> DataFrame.withoutPort(MType.JOIN_REQUEST, withFOpts, mic));
        assertThrows(IllegalArgumentException.class,
                () -> new DataFrame(new MHdr(MType.UNCONFIRMED_DATA_UP, 1), withFOpts, Optional.empty(), Bytes.EMPTY, mic));
        assertThrows(IllegalArgumentException.class, () -> DataFrame.withoutPort(MType.UNCONFIRMED_DATA_UP, withFOpts,
                Bytes.fromHex("00")));
        assertThrows(IllegalArgumentException.class, () -> FHdr.of(DevAddr.parse("26011BDA"),
                FCtrl.uplink(false, false, false, false, 0), 1, Bytes.wrap(new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> new FCtrl(false, false, false, true, true, 0));
        assertThrows(IllegalArgumentException.class, () -> new EncryptedJoinAccept(MHdr.of(MType.JOIN_ACCEPT),
                Bytes.wrap(new byte[17])));
        assertThrows(IllegalArgumentException.class, () -> new FPort(256));
    }

    @Test
    void largestDataFrameFitsIn255Bytes() throws MalformedFrameException {
        FHdr h = FHdr.of(DevAddr.parse("26011BDA"), FCtrl.uplink(false, false, false, false, 0), 1, Bytes.EMPTY);
        DataFrame d = DataFrame.of(MType.UNCONFIRMED_DATA_UP, h, 1, Bytes.wrap(new byte[242]), Bytes.fromHex("00000000"));
        Bytes encoded = FrameCodec.encode(d);
        assertEquals(255, encoded.size());
        assertEquals(d, FrameCodec.decode(encoded));
        var e = assertThrows(MalformedFrameException.class, () -> FrameCodec.decode(encoded.concat(Bytes.fromHex("00"))));
        assertEquals("phyPayload", e.field());
    }

    @Test
    void mTypesCarryTheirWireCodeNameAndDirection() {
        for (MType t : MType.values()) {
            assertEquals(t, MType.fromBits(t.bits()));
        }
        assertEquals("ConfirmedDataDown", MType.fromBits(5).specName());
        assertEquals(Optional.of(Direction.UPLINK), MType.REJOIN_REQUEST.direction());
        assertTrue(MType.PROPRIETARY.direction().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> MType.fromBits(8));
    }

    @Test
    void fCtrlBitsDependOnDirection() {
        assertEquals(new FCtrl(true, true, true, false, true, 3), FCtrl.fromByte(0xF3, Direction.UPLINK));
        assertEquals(new FCtrl(true, true, true, true, false, 3), FCtrl.fromByte(0xF3, Direction.DOWNLINK));
        for (int b = 0; b < 256; b++) {
            for (Direction d : Direction.values()) {
                assertEquals(b, FCtrl.fromByte(b, d).toByte(d));
            }
        }
    }

    @Test
    void dlSettingsRoundTripEveryByte() {
        for (int b = 0; b < 256; b++) {
            assertEquals(b, DlSettings.fromByte(b).toByte());
        }
    }

    @Test
    void exceptionMessageNamesFieldAndOffset() {
        var e = assertThrows(MalformedFrameException.class, () -> FrameCodec.decode(Bytes.fromHex("40DA1B0126050100A1B2C3D4")));
        assertEquals("fhdr.fOpts", e.field());
        assertEquals(8, e.offset());
        assertTrue(e.getMessage().startsWith("fhdr.fOpts at byte 8: "), e.getMessage());
    }
}
