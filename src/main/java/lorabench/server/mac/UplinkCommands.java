// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommand.*;
import lorabench.lorawan.types.Direction;
import lorabench.server.mac.MacOutcome.MacExchange;

/// Routes the MAC commands of one uplink to their handlers (one per command, as ChirpStack's
/// `chirpstack/src/maccommand/*.rs`): device-initiated requests get an answer; answers are paired with the queued
/// request of the same CID that a downlink already carried (the n-th answer with the n-th such request; the LinkADRAns
/// of a block together), and that request leaves the queue whether the device accepted it or not.
final class UplinkCommands {
    /// The state after the uplink's commands, the answers to send, and what happened.
    record Result(MacState state, List<MacCommand> answers, List<MacExchange> exchanges) {}

    private final LinkCheckHandler linkCheck = new LinkCheckHandler();
    private final LinkAdrHandler linkAdr = new LinkAdrHandler();
    private final DutyCycleHandler dutyCycle = new DutyCycleHandler();
    private final RxParamSetupHandler rxParamSetup = new RxParamSetupHandler();
    private final DevStatusHandler devStatus = new DevStatusHandler();
    private final NewChannelHandler newChannel = new NewChannelHandler();
    private final RxTimingSetupHandler rxTimingSetup = new RxTimingSetupHandler();
    private final TxParamSetupHandler txParamSetup = new TxParamSetupHandler();
    private final DlChannelHandler dlChannel = new DlChannelHandler();
    private final RekeyHandler rekey = new RekeyHandler();
    private final ResetHandler reset = new ResetHandler();
    private final AdrParamSetupHandler adrParamSetup = new AdrParamSetupHandler();
    private final DeviceTimeHandler deviceTime;
    private final RejoinParamSetupHandler rejoinParamSetup = new RejoinParamSetupHandler();
    private final PingSlotInfoHandler pingSlotInfo = new PingSlotInfoHandler();
    private final PingSlotChannelHandler pingSlotChannel = new PingSlotChannelHandler();
    private final BeaconFreqHandler beaconFreq = new BeaconFreqHandler();
    private final BeaconTimingHandler beaconTiming;
    private final DeviceModeHandler deviceMode = new DeviceModeHandler();
    private final InstantSource clock;

    UplinkCommands(InstantSource clock) {
        this.clock = clock;
        this.deviceTime = new DeviceTimeHandler(clock);
        this.beaconTiming = new BeaconTimingHandler(clock);
    }

    Result process(MacUplink up, MacState state) {
        MacState s = state;
        List<MacCommand> answers = new ArrayList<>();
        List<MacExchange> exchanges = new ArrayList<>();
        List<LinkAdrAns> adrAnswers = up.commands().stream()
                .filter(c -> c instanceof LinkAdrAns).map(c -> (LinkAdrAns) c).toList();
        boolean adrDone = false;
        for (MacCommand c : up.commands()) {
            Handled h;
            if (c instanceof LinkAdrAns) {
                if (adrDone) {
                    exchanges.add(new MacExchange(c, "LinkADRAns of the same block"));
                    continue;
                }
                adrDone = true;
                h = linkAdrAnswers(up, s, adrAnswers);
            } else if (c instanceof Unknown u) {
                h = Handled.silent(s, String.format("unknown CID 0x%02X ignored, with the %d byte(s) after it",
                        u.cid(), u.rest().size()));
            } else if (c.direction() != Direction.UPLINK) {
                h = Handled.silent(s, c.specName() + " is a downlink command: ignored in an uplink");
            } else if (isDeviceRequest(c)) {
                h = request(up, s, c);
            } else {
                h = answer(up, s, c);
            }
            s = h.state();
            exchanges.add(new MacExchange(c, h.summary()));
            h.answer().ifPresent(answers::add);
        }
        return new Result(s, answers, exchanges);
    }

    private static boolean isDeviceRequest(MacCommand c) {
        return switch (c) {
            case LinkCheckReq _, DeviceTimeReq _, ResetInd _, RekeyInd _, PingSlotInfoReq _, BeaconTimingReq _,
                    DeviceModeInd _ -> true;
            default -> false;
        };
    }

    private Handled request(MacUplink up, MacState s, MacCommand c) {
        return switch (c) {
            case LinkCheckReq r -> linkCheck.handle(up, s, r);
            case DeviceTimeReq r -> deviceTime.handle(up, s, r);
            case ResetInd r -> reset.handle(up, s, r);
            case RekeyInd r -> rekey.handle(up, s, r);
            case PingSlotInfoReq r -> pingSlotInfo.handle(up, s, r);
            case BeaconTimingReq r -> beaconTiming.handle(up, s, r);
            case DeviceModeInd r -> deviceMode.handle(up, s, r);
            default -> throw new IllegalArgumentException(c.specName() + " is not a device-initiated request");
        };
    }

    private Handled linkAdrAnswers(MacUplink up, MacState s, List<LinkAdrAns> answers) {
        List<LinkAdrReq> block = sent(s).stream().map(PendingQueue.Entry::command)
                .filter(c -> c instanceof LinkAdrReq).map(c -> (LinkAdrReq) c).toList();
        if (block.isEmpty()) {
            return Handled.silent(s, "LinkADRAns without a LinkADRReq sent: ignored");
        }
        MacState without = PendingQueue.remove(s, e -> e.command() instanceof LinkAdrReq);
        return linkAdr.apply(up.band(), without, block, answers);
    }

    private Handled answer(MacUplink up, MacState s, MacCommand ans) {
        List<PendingQueue.Entry> queue = PendingQueue.entries(s);
        int at = -1;
        for (int i = 0; i < queue.size() && at < 0; i++) {
            if (queue.get(i).attempts() > 0 && queue.get(i).command().cid() == ans.cid()) {
                at = i;
            }
        }
        if (at < 0) {
            return Handled.silent(s, ans.specName() + " without a matching request pending (a repeated answer): "
                    + "ignored");
        }
        MacCommand req = queue.remove(at).command();
        MacState t = PendingQueue.with(s, queue);
        Instant now = up.receivedAt() == null ? clock.instant() : up.receivedAt();
        return switch (ans) {
            case DutyCycleAns a -> dutyCycle.apply(t, (DutyCycleReq) req, a);
            case RxParamSetupAns a -> rxParamSetup.apply(t, (RxParamSetupReq) req, a);
            case DevStatusAns a -> devStatus.apply(t, (DevStatusReq) req, a, now);
            case NewChannelAns a -> newChannel.apply(t, (NewChannelReq) req, a);
            case RxTimingSetupAns a -> rxTimingSetup.apply(t, (RxTimingSetupReq) req, a);
            case TxParamSetupAns a -> txParamSetup.apply(t, (TxParamSetupReq) req, a);
            case DlChannelAns a -> dlChannel.apply(t, (DlChannelReq) req, a);
            case AdrParamSetupAns a -> adrParamSetup.apply(t, (AdrParamSetupReq) req, a);
            case RejoinParamSetupAns a -> rejoinParamSetup.apply(t, (RejoinParamSetupReq) req, a);
            case PingSlotChannelAns a -> pingSlotChannel.apply(t, (PingSlotChannelReq) req, a);
            case BeaconFreqAns a -> beaconFreq.apply(t, (BeaconFreqReq) req, a);
            default -> throw new IllegalArgumentException(ans.specName() + " is not an answer");
        };
    }

    private static List<PendingQueue.Entry> sent(MacState s) {
        return PendingQueue.entries(s).stream().filter(e -> e.attempts() > 0).toList();
    }
}
