// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import static lorabench.server.mac.MacTestKit.CN;
import static lorabench.server.mac.MacTestKit.EU;
import static lorabench.server.mac.MacTestKit.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.ChMaskScheme;
import lorabench.lorawan.mac.MacCommand.LinkAdrAns;
import lorabench.lorawan.mac.MacCommand.LinkAdrReq;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.mac.ChannelMask.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// LinkADRReq channel masks per scheme (RP002-1.0.4 EU868, US915, CN470 "LinkAdrReq command").
class ChannelMaskTest {
    private static SortedSet<Integer> set(IntStream s) {
        return new TreeSet<>(s.boxed().toList());
    }

    private static SortedSet<Integer> all(Band b) {
        return set(IntStream.range(0, b.defaultChannels().size()));
    }

    static Stream<Arguments> blocks() {
        SortedSet<Integer> sub2 = set(IntStream.concat(IntStream.rangeClosed(8, 15), IntStream.of(65)));
        return Stream.of(
                // US915 sub-band 2 from all 72 channels: ChMaskCntl 7 (125 kHz off, 500 kHz channel 65 on), then
                // block 0 with channels 8..15 -- the pair ChirpStack and TTS send for "FSB 2".
                Arguments.of("us915 sub-band 2", US, all(US), sub2, List.of(new Block(0x0002, 7), new Block(0xFF00, 0))),
                Arguments.of("us915 all on", US, sub2, all(US), List.of(new Block(0x00FF, 6))),
                Arguments.of("us915 unchanged sub-band 2", US, sub2, sub2, List.of(new Block(0xFF00, 0))),
                Arguments.of("us915 one block changes", US, sub2,
                        set(IntStream.concat(IntStream.rangeClosed(8, 16), IntStream.of(65))),
                        List.of(new Block(0x0001, 1))),
                Arguments.of("eu868 two of three", EU, all(EU), set(IntStream.of(0, 2)), List.of(new Block(0x0005, 0))),
                Arguments.of("cn470 all", CN, set(IntStream.of(0)), all(CN), List.of(new Block(0, 6))),
                Arguments.of("cn470 first eight", CN, all(CN), set(IntStream.range(0, 8)), List.of(
                        new Block(0x00FF, 0), new Block(0, 1), new Block(0, 2), new Block(0, 3))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void encodesShortestBlockAndDeviceReachesTarget(String name, Band band, SortedSet<Integer> from,
                                                    SortedSet<Integer> to, List<Block> expected) {
        List<Block> blocks = ChannelMask.encode(band.chMaskScheme(), from, to);
        assertEquals(expected, blocks);
        assertEquals(Optional.of(to), ChannelMask.apply(band.chMaskScheme(), band.defaultChannels(), from, blocks));
    }

    @Test
    void rejectsRfuControlUndefinedChannelsAndEmptySets() {
        var eu = EU.defaultChannels();
        assertTrue(ChannelMask.apply(ChMaskScheme.SIXTEEN, eu, all(EU), List.of(new Block(1, 5))).isEmpty());
        assertTrue(ChannelMask.apply(ChMaskScheme.SIXTEEN, eu, all(EU), List.of(new Block(0x0008, 0))).isEmpty());
        assertTrue(ChannelMask.apply(ChMaskScheme.SIXTEEN, eu, all(EU), List.of(new Block(0, 0))).isEmpty());
        assertTrue(ChannelMask.apply(ChMaskScheme.CN_64, CN.defaultChannels(), all(CN), List.of(new Block(1, 4)))
                .isEmpty());
        assertEquals(Optional.of(all(EU)),
                ChannelMask.apply(ChMaskScheme.SIXTEEN, eu, set(IntStream.of(1)), List.of(new Block(0, 6))));
    }

    @Test
    void us915BankControlEnablesEightChannelsAndTheirWideChannel() {
        // ChMaskCntl 5 (RP002-1.0.x): bit 1 = channels 8..15 and 500 kHz channel 65.
        assertEquals(Optional.of(set(IntStream.concat(IntStream.rangeClosed(8, 15), IntStream.of(65)))),
                ChannelMask.apply(ChMaskScheme.US_72, US.defaultChannels(), all(US), List.of(new Block(0x0002, 5))));
    }

    @Test
    void requestedSubBandAppliesWhenBothBlocksAreAcked() {
        MacLayer mac = MacTestKit.layer();
        MacState s = mac.requestChannelMask(US, MacState.initial(US),
                IntStream.concat(IntStream.rangeClosed(8, 15), IntStream.of(65)).boxed().toList());
        MacOutcome offered = mac.onUplink(MacTestKit.up(US, MacVersion.V1_0_4, s, false, false, 0, 1, 0));
        assertEquals(List.of(new LinkAdrReq(0, 0, 0x0002, 7, 1), new LinkAdrReq(0, 0, 0xFF00, 0, 1)),
                offered.downlinkCommands());
        MacState half = mac.onUplink(MacTestKit.up(US, MacVersion.V1_0_4, offered.state(), false, false, 0, 2, 0,
                new LinkAdrAns(true, true, true), new LinkAdrAns(true, true, false))).state();
        assertEquals(72, half.enabledChannels().size(), "one NACK in the block: nothing applies");
        MacState done = mac.onUplink(MacTestKit.up(US, MacVersion.V1_0_4, offered.state(), false, false, 0, 2, 0,
                new LinkAdrAns(true, true, true), new LinkAdrAns(true, true, true))).state();
        assertEquals(List.of(8, 9, 10, 11, 12, 13, 14, 15, 65), done.enabledChannels());
        assertTrue(done.pendingCommands().isEmpty());
    }

    @Test
    void adrOnUs915KeepsWantedSubBand() {
        MacLayer mac = MacTestKit.layer();
        MacState s = mac.requestChannelMask(US, MacState.initial(US),
                IntStream.concat(IntStream.rangeClosed(8, 15), IntStream.of(65)).boxed().toList());
        // SF10 at 0 dB: one ADR step -> DR1; the queued sub-band block is rebuilt with the new data rate.
        MacOutcome out = mac.onUplink(MacTestKit.up(US, MacVersion.V1_0_4, s, true, false, 0, 1, 0));
        assertEquals(List.of(new LinkAdrReq(1, 0, 0x0002, 7, 1), new LinkAdrReq(1, 0, 0xFF00, 0, 1)),
                out.downlinkCommands());
    }
}
