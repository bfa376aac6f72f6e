// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import static lorabench.server.mac.MacTestKit.EU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommand.*;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;

/// The queue of network-initiated requests: re-sent while unanswered, dropped after the attempt limit, replaced by
/// newer requests of the same kind, and fitted into the FOpts budget.
class PendingRequestsTest {
    private static final MacState S0 = MacState.initial(EU);

    @Test
    void resendsUnansweredRequestThenDropsIt() {
        MacLayer mac = MacTestKit.layer();
        MacState s = mac.requestDevStatus(S0);
        for (int attempt = 1; attempt <= MacLayer.DEFAULT_MAX_ATTEMPTS; attempt++) {
            MacOutcome out = mac.onUplink(MacTestKit.up(MacVersion.V1_0_4, s));
            assertEquals(List.of(new DevStatusReq()), out.downlinkCommands(), "attempt " + attempt);
            s = out.state();
            assertEquals(List.of(attempt), s.pendingAttempts());
        }
        MacOutcome dropped = mac.onUplink(MacTestKit.up(MacVersion.V1_0_4, s));
        assertEquals(List.of(), dropped.downlinkCommands());
        assertTrue(dropped.state().pendingCommands().isEmpty());
        assertTrue(dropped.exchanges().getFirst().summary().startsWith("DevStatusReq dropped"));
    }

    @Test
    void newerRequestOfTheSameKindReplacesQueuedOne() {
        MacLayer mac = MacTestKit.layer();
        MacState s = MacTestKit.sent(mac, S0, new RxParamSetupReq(1, 2, 869_525_000), new NewChannelReq(3, 867_100_000, 0, 5));
        s = mac.request(s, new RxParamSetupReq(2, 3, 869_525_000));
        s = mac.request(s, new NewChannelReq(4, 867_300_000, 0, 5));
        assertEquals(List.of(new NewChannelReq(3, 867_100_000, 0, 5), new RxParamSetupReq(2, 3, 869_525_000),
                new NewChannelReq(4, 867_300_000, 0, 5)), s.pendingCommands());
        assertEquals(List.of(1, 0, 0), s.pendingAttempts());
        assertEquals(s, mac.request(s, new RxParamSetupReq(2, 3, 869_525_000)), "same request keeps its count");
    }

    @Test
    void twoNewChannelAnswersPairInOrder() {
        MacLayer mac = MacTestKit.layer();
        MacState s = MacTestKit.sent(mac, S0, new NewChannelReq(3, 867_100_000, 0, 5),
                new NewChannelReq(4, 867_300_000, 0, 5));
        MacState out = mac.onUplink(MacTestKit.up(MacVersion.V1_0_4, s, new NewChannelAns(true, true),
                new NewChannelAns(true, false))).state();
        assertEquals(List.of(0, 1, 2, 3), out.enabledChannels());
        assertEquals(4, out.channels().size());
    }

    @Test
    void forceRejoinIsSentOnce() {
        MacLayer mac = MacTestKit.layer();
        MacState s = mac.request(S0, new ForceRejoinReq(1, 2, 0, 3));
        MacOutcome out = mac.onUplink(MacTestKit.up(MacVersion.V1_1, s));
        assertEquals(List.of(new ForceRejoinReq(1, 2, 0, 3)), out.downlinkCommands());
        assertTrue(out.state().pendingCommands().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> mac.request(S0, new ForceRejoinReq(0, 0, 3, 0)));
    }

    @Test
    void onlyNetworkInitiatedRequestsQueue() {
        MacLayer mac = MacTestKit.layer();
        for (MacCommand c : List.<MacCommand>of(new LinkCheckAns(1, 1), new DevStatusAns(1, 1), new LinkCheckReq())) {
            assertThrows(IllegalArgumentException.class, () -> mac.request(S0, c), c.specName());
        }
    }

    @Test
    void pendingForDownlinkFitsFOptsBudgetAnswersFirst() {
        MacLayer mac = MacTestKit.layer();
        // 5 + 6 + 2 + 6 bytes queued; a 2-byte answer first: 2 + 5 + 6 + 2 = 15.
        MacState s = mac.request(S0, List.of(new RxParamSetupReq(1, 2, 869_525_000),
                new NewChannelReq(3, 867_100_000, 0, 5), new DutyCycleReq(2), new NewChannelReq(4, 867_300_000, 0, 5)));
        MacDownlink d = mac.pendingForDownlink(s, List.of(new RekeyConf(1)), MacLayer.FOPTS_MAX);
        assertEquals(List.of(new RekeyConf(1), new RxParamSetupReq(1, 2, 869_525_000),
                new NewChannelReq(3, 867_100_000, 0, 5), new DutyCycleReq(2)), d.commands());
        assertEquals(List.of(new NewChannelReq(4, 867_300_000, 0, 5)), d.notFitting());
        assertEquals(List.of(1, 1, 1, 0), d.state().pendingAttempts());
        assertEquals(15, d.commands().stream().mapToInt(lorabench.lorawan.mac.MacCommandCodec::size).sum());
    }

    @Test
    void linkAdrBlockFitsWholeOrNotAtAll() {
        List<MacCommand> cmds = List.of(new DevStatusReq(), new DutyCycleReq(1), new DutyCycleAns(),
                new LinkAdrReq(0, 0, 2, 7, 1), new LinkAdrReq(0, 0, 0xFF00, 0, 1), new RxTimingSetupReq(1));
        MacBudget b = MacBudget.fit(cmds, 12);
        assertEquals(List.of(new DevStatusReq(), new DutyCycleReq(1), new DutyCycleAns(), new RxTimingSetupReq(1)),
                b.fitting());
        assertEquals(List.of(new LinkAdrReq(0, 0, 2, 7, 1), new LinkAdrReq(0, 0, 0xFF00, 0, 1)), b.notFitting());
        MacBudget all = MacBudget.fit(cmds, 15);
        assertEquals(List.of(new DevStatusReq(), new DutyCycleReq(1), new DutyCycleAns(),
                new LinkAdrReq(0, 0, 2, 7, 1), new LinkAdrReq(0, 0, 0xFF00, 0, 1)), all.fitting());
    }

    @Test
    void outcomeSplitsForFOpts() {
        MacLayer mac = MacTestKit.layer();
        MacState s = mac.request(S0, List.of(new NewChannelReq(3, 867_100_000, 0, 5),
                new NewChannelReq(4, 867_300_000, 0, 5), new NewChannelReq(5, 867_500_000, 0, 5)));
        MacOutcome out = mac.onUplink(MacTestKit.up(MacVersion.V1_0_4, s, new LinkCheckReq()));
        assertEquals(4, out.downlinkCommands().size());
        MacBudget b = out.split(MacLayer.FOPTS_MAX);
        assertEquals(3, b.fitting().size());
        assertEquals(List.of(new NewChannelReq(5, 867_500_000, 0, 5)), b.notFitting());
    }
}
