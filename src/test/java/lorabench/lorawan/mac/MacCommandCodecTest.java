// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.Vectors;
import lorabench.lorawan.mac.MacCommand.*;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MacCommandCodecTest {
    static List<Arguments> vectors() {
        return Vectors.load("mac-commands.csv", 4);
    }

    static List<Arguments> malformed() {
        return Vectors.load("mac-malformed.csv", 5);
    }

    static Direction direction(String s) {
        return switch (s) {
            case "up" -> Direction.UPLINK;
            case "down" -> Direction.DOWNLINK;
            default -> throw new IllegalArgumentException(s);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodesAndEncodesEveryVector(String name, String dir, String hex, String expected)
            throws MalformedFrameException {
        Bytes bytes = Vectors.hex(hex);
        List<MacCommand> commands = MacVectorBuilder.commands(expected);
        assertEquals(commands, MacCommandCodec.decode(direction(dir), bytes), "decode");
        assertEquals(bytes, MacCommandCodec.encode(commands), "encode");
        assertEquals(bytes.size(), commands.stream().mapToInt(MacCommandCodec::size).sum(), "size");
        for (MacCommand c : commands) {
            assertEquals(direction(dir), c.direction());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void fieldsMapGivesSpecNameThenEveryComponent(String name, String dir, String hex, String expected) {
        for (String one : expected.split(";")) {
            String t = one.trim();
            int sp = t.indexOf(' ');
            String spec = sp < 0 ? t : t.substring(0, sp);
            Map<String, String> want = Vectors.fields(sp < 0 ? "" : t.substring(sp + 1));
            MacCommand c = MacVectorBuilder.command(spec, want);
            assertEquals(spec, c.specName());
            LinkedHashMap<String, Object> got = MacCommandFields.of(c);
            assertEquals(spec, got.get("cid"));
            assertEquals("cid", got.keySet().iterator().next());
            if (c instanceof Unknown u) {
                assertEquals(u.cid(), got.get("code"));
                continue;
            }
            assertEquals(want.size() + 1, got.size());
            want.forEach((k, v) -> assertEquals(v, String.valueOf(got.get(k)), spec + "." + k));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void truncatedCommandsNameCommandAndOffset(String name, String dir, String hex, String field, String offset) {
        var e = assertThrows(MalformedFrameException.class,
                () -> MacCommandCodec.decode(direction(dir), Vectors.hex(hex)));
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(Integer.parseInt(offset), e.offset(), e.getMessage());
    }

    @Test
    void errorsCanBeReportedAsFOptsOffsetsInThePhyPayload() {
        var e = assertThrows(MalformedFrameException.class,
                () -> MacCommandCodec.decode(Direction.DOWNLINK, Bytes.fromHex("020A0F0312"), "fOpts", 8));
        assertEquals("fOpts[1].LinkADRReq", e.field());
        assertEquals(11, e.offset());
    }

    @Test
    void fieldsMapMatchesTheCliJsonShape() {
        assertEquals("{cid=LinkADRAns, powerAck=true, dataRateAck=true, channelMaskAck=true}",
                MacCommandFields.of(new LinkAdrAns(true, true, true)).toString());
        assertEquals("{cid=LinkADRReq, dataRate=5, txPower=2, chMask=00FF, chMaskCntl=0, nbTrans=1}",
                MacCommandFields.of(new LinkAdrReq(5, 2, 0xFF, 0, 1)).toString());
        assertEquals("{cid=NewChannelReq, chIndex=3, frequencyHz=867100000, minDr=0, maxDr=5}",
                MacCommandFields.of(new NewChannelReq(3, 867_100_000L, 0, 5)).toString());
        assertEquals("{cid=Unknown, code=128, rest=0102}",
                MacCommandFields.of(new Unknown(Direction.UPLINK, 0x80, Bytes.fromHex("0102"))).toString());
        assertEquals("{cid=LinkCheckReq}", MacCommandFields.of(new LinkCheckReq()).toString());
    }

    @Test
    void rfuBitsAreIgnoredOnDecodeAndWrittenAsZero() throws MalformedFrameException {
        List<MacCommand> c = MacCommandCodec.decode(Direction.DOWNLINK, Bytes.fromHex("04FD"));
        assertEquals(List.of(new DutyCycleReq(13)), c);
        assertEquals(Bytes.fromHex("040D"), MacCommandCodec.encode(c));
        assertEquals(List.of(new ResetInd(1)), MacCommandCodec.decode(Direction.UPLINK, Bytes.fromHex("01F1")));
    }

    @Test
    void constructorsRejectOutOfRangeValues() {
        assertThrows(IllegalArgumentException.class, () -> new LinkAdrReq(16, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LinkAdrReq(0, 0, 0x10000, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LinkAdrReq(0, 0, 0, 8, 0));
        assertThrows(IllegalArgumentException.class, () -> new DevStatusAns(0, 32));
        assertThrows(IllegalArgumentException.class, () -> new DevStatusAns(0, -33));
        assertThrows(IllegalArgumentException.class, () -> new NewChannelReq(0, 868_100_050L, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new BeaconFreqReq(1_677_721_600L));
        assertThrows(IllegalArgumentException.class, () -> new DeviceTimeAns(1L << 32, 0));
        assertThrows(IllegalArgumentException.class, () -> new Unknown(Direction.UPLINK, 0x03, Bytes.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new PingSlotInfoReq(8));
    }

    @Test
    void everyRecordHasAVectorInItsDirection() {
        Set<String> covered = new java.util.HashSet<>();
        for (Arguments a : vectors()) {
            for (String one : ((String) a.get()[3]).split(";")) {
                covered.add(one.trim().split(" ")[0]);
            }
        }
        for (Class<?> c : MacCommand.class.getPermittedSubclasses()) {
            assertTrue(covered.stream().anyMatch(n -> n.equalsIgnoreCase(c.getSimpleName())),
                    "no vector for " + c.getSimpleName());
        }
    }

    @Test
    void cidTableMatchesTheRecords() throws MalformedFrameException {
        for (Cid cid : Cid.values()) {
            assertEquals(cid, Cid.fromCode(cid.code()).orElseThrow());
            for (Direction d : Direction.values()) {
                if (cid.payloadLength(d).isEmpty()) {
                    continue;
                }
                byte[] raw = new byte[1 + cid.payloadLength(d).getAsInt()];
                raw[0] = (byte) cid.code();
                List<MacCommand> decoded = MacCommandCodec.decode(d, Bytes.of(raw));
                assertEquals(1, decoded.size());
                MacCommand c = decoded.getFirst();
                assertEquals(cid.code(), c.cid());
                assertEquals(d, c.direction());
                assertEquals(cid.specName(d).orElseThrow(), c.specName());
                assertEquals(raw.length, MacCommandCodec.size(c));
            }
        }
        assertTrue(Cid.fromCode(0x80).isEmpty());
        assertTrue(Cid.fromCode(0x14).isEmpty());
    }

    @Test
    void deviceInitiatedCommandsTravelUplinkAsRequests() {
        Set<Cid> deviceInitiated = EnumSet.noneOf(Cid.class);
        for (Cid c : Cid.values()) {
            if (c.initiatedBy() == Direction.UPLINK) {
                deviceInitiated.add(c);
            }
        }
        assertEquals(EnumSet.of(Cid.RESET, Cid.LINK_CHECK, Cid.REKEY, Cid.DEVICE_TIME, Cid.PING_SLOT_INFO,
                Cid.BEACON_TIMING, Cid.DEVICE_MODE), deviceInitiated);
        assertEquals("ResetInd", Cid.RESET.requestName());
        assertEquals("ResetConf", Cid.RESET.answerName().orElseThrow());
        assertEquals("LinkADRReq", Cid.LINK_ADR.requestName());
        assertEquals("LinkADRAns", Cid.LINK_ADR.answerName().orElseThrow());
        assertTrue(Cid.FORCE_REJOIN.answerName().isEmpty());
        assertTrue(Cid.BEACON_TIMING.deprecated());
        assertEquals(lorabench.lorawan.types.MacVersion.V1_0_2, Cid.DL_CHANNEL.since());
    }
}
