// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import static lorabench.server.mac.MacTestKit.EU;
import static lorabench.server.mac.MacTestKit.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommand.*;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Every network-initiated request with every combination of its answer's ACK bits: the change applies only when
/// every bit says accepted, and the request leaves the queue either way.
class AnswerHandlersTest {
    private static final MacState S0 = MacState.initial(EU);

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        MacCommand adr = new LinkAdrReq(3, 2, 0x0003, 0, 2);
        for (int bits = 0; bits < 8; bits++) {
            boolean p = (bits & 4) != 0, d = (bits & 2) != 0, m = (bits & 1) != 0;
            boolean all = bits == 7;
            out.add(Arguments.of("LinkADR " + bits, adr, List.of(new LinkAdrAns(p, d, m)),
                    (Predicate<MacState>) s -> all == (s.dataRate() == 3 && s.txPowerIndex() == 2
                            && s.nbTrans() == 2 && s.enabledChannels().equals(List.of(0, 1)))));
        }
        MacCommand rx = new RxParamSetupReq(2, 3, 869_525_000);
        for (int bits = 0; bits < 8; bits++) {
            boolean all = bits == 7;
            out.add(Arguments.of("RXParamSetup " + bits, rx,
                    List.of(new RxParamSetupAns((bits & 4) != 0, (bits & 2) != 0, (bits & 1) != 0)),
                    (Predicate<MacState>) s -> all == (s.rx1DrOffset() == 2 && s.rx2DataRate() == 3)));
        }
        MacCommand nc = new NewChannelReq(3, 867_100_000, 0, 5);
        for (int bits = 0; bits < 4; bits++) {
            boolean all = bits == 3;
            out.add(Arguments.of("NewChannel " + bits, nc, List.of(new NewChannelAns((bits & 2) != 0, (bits & 1) != 0)),
                    (Predicate<MacState>) s -> all == (s.channels().size() == 4
                            && new Channel(867_100_000, 0, 5).equals(s.channels().get(3))
                            && s.enabledChannels().contains(3))));
        }
        MacCommand dl = new DlChannelReq(0, 868_500_000);
        for (int bits = 0; bits < 4; bits++) {
            boolean all = bits == 3;
            out.add(Arguments.of("DlChannel " + bits, dl, List.of(new DlChannelAns((bits & 2) != 0, (bits & 1) != 0)),
                    (Predicate<MacState>) s -> all == s.downlinkFrequencies().equals(Map.of(0, 868_500_000L))));
        }
        MacCommand ps = new PingSlotChannelReq(869_525_000, 3);
        for (int bits = 0; bits < 4; bits++) {
            boolean all = bits == 3;
            out.add(Arguments.of("PingSlotChannel " + bits, ps,
                    List.of(new PingSlotChannelAns((bits & 2) != 0, (bits & 1) != 0)),
                    (Predicate<MacState>) s -> all == (s.classB().pingSlotFrequencyHz() == 869_525_000
                            && s.classB().pingSlotDataRate() == 3)));
        }
        for (boolean ok : new boolean[] {false, true}) {
            out.add(Arguments.of("BeaconFreq " + ok, new BeaconFreqReq(869_100_000), List.of(new BeaconFreqAns(ok)),
                    (Predicate<MacState>) s -> ok == (s.classB().beaconFrequencyHz() == 869_100_000)));
            out.add(Arguments.of("RejoinParamSetup " + ok, new RejoinParamSetupReq(5, 3),
                    List.of(new RejoinParamSetupAns(ok)),
                    (Predicate<MacState>) s -> new MacState.RejoinParams(5, 3, ok).equals(s.rejoinParams())));
        }
        out.add(Arguments.of("DutyCycle", new DutyCycleReq(7), List.of(new DutyCycleAns()),
                (Predicate<MacState>) s -> s.maxDutyCycle() == 7));
        out.add(Arguments.of("RXTimingSetup", new RxTimingSetupReq(5), List.of(new RxTimingSetupAns()),
                (Predicate<MacState>) s -> s.rxDelaySeconds() == 5));
        out.add(Arguments.of("RXTimingSetup Del 0 is 1 s", new RxTimingSetupReq(0), List.of(new RxTimingSetupAns()),
                (Predicate<MacState>) s -> s.rxDelaySeconds() == 1));
        out.add(Arguments.of("TxParamSetup", new TxParamSetupReq(true, false, 5), List.of(new TxParamSetupAns()),
                (Predicate<MacState>) s -> new MacState.TxParams(true, false, 5).equals(s.txParams())));
        out.add(Arguments.of("ADRParamSetup", new AdrParamSetupReq(8, 4), List.of(new AdrParamSetupAns()),
                (Predicate<MacState>) s -> s.adrAckParams().adrAckLimit() == 256 && s.adrAckParams().adrAckDelay() == 16));
        out.add(Arguments.of("DevStatus", new DevStatusReq(), List.of(new DevStatusAns(200, -5)),
                (Predicate<MacState>) s -> new MacState.DevStatus(200, -5, T).equals(s.lastDevStatus())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliesAnswerOnlyWhenAccepted(String name, MacCommand request, List<MacCommand> answers,
                                       Predicate<MacState> expected) {
        MacLayer mac = MacTestKit.layer();
        MacState sent = MacTestKit.sent(mac, S0, request);
        assertEquals(List.of(1), sent.pendingAttempts());
        MacOutcome out = mac.onUplink(MacTestKit.up(MacVersion.V1_0_4, sent, answers.toArray(MacCommand[]::new)));
        assertTrue(expected.test(out.state()), () -> name + ": " + out.state());
        assertTrue(out.state().pendingCommands().isEmpty(), "answered request leaves the queue");
        assertTrue(out.downlinkCommands().isEmpty());
        assertEquals(answers.getFirst(), out.exchanges().getFirst().command());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ignoresAnswerWithoutRequest(String name, MacCommand request, List<MacCommand> answers,
                                     Predicate<MacState> expected) {
        MacOutcome out = MacTestKit.layer().onUplink(
                MacTestKit.up(MacVersion.V1_0_4, S0, answers.toArray(MacCommand[]::new)));
        assertEquals(S0.withAdrHistory(out.state().adrHistory()), out.state());
        assertTrue(out.exchanges().getFirst().summary().contains("ignored"), out.exchanges().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void doesNotApplyAnswerToAQueuedButUnsentRequest(String name, MacCommand request, List<MacCommand> answers,
                                                     Predicate<MacState> expected) {
        MacLayer mac = MacTestKit.layer();
        MacState queued = mac.request(S0, request);
        MacOutcome out = mac.onUplink(MacTestKit.up(MacVersion.V1_0_4, queued, answers.toArray(MacCommand[]::new)));
        assertEquals(List.of(request), out.state().pendingCommands(), "still queued, now sent once");
        assertEquals(List.of(request), out.downlinkCommands());
    }
}
