// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.sim.radio.Reception;

/// What a device does with a valid downlink, whatever window it came in (LoRaWAN L2 1.0.4 §4.3, §5): sticky answers
/// end, ADR_ACK_CNT resets, MAC commands are applied and answered (ForceRejoinReq and RejoinParamSetupReq through
/// [RejoinSchedule]), a confirmed downlink is to be acknowledged, and the downlink is recorded. Called under the
/// device's lock.
final class DownlinkAcceptance {
    private DownlinkAcceptance() {
    }

    /// Routes a frame heard in window `w`: beacons to class B, RX1/RX2 frames to the operation in progress (a
    /// join-accept, or the downlink of an uplink), anything else is accepted on its own (class B and C).
    static void dispatch(VirtualDevice d, Reception r, RxWindow w) {
        Bytes phy = r.transmission().phyPayload();
        if (w.kind() == RxWindow.Kind.BEACON) {
            d.classB.onBeacon(phy);
            return;
        }
        boolean exchangeWindow = w.kind() == RxWindow.Kind.RX1 || w.kind() == RxWindow.Kind.RX2;
        if (exchangeWindow && d.current instanceof JoinExchange j) {
            j.onFrame(phy, r, w);
            return;
        }
        // NOTE: a frame in a rejoin-request's windows that is not its join-accept may be a data downlink
        // (L2 1.1 §6.2.4.4), so it goes on to the downlink checks.
        if (exchangeWindow && d.current instanceof RejoinExchange x && x.onFrame(phy, r, w)) {
            return;
        }
        ReceivedDownlink.Window kind = w.kind() == null ? ReceivedDownlink.Window.CLASS_C : switch (w.kind()) {
            case RX1 -> ReceivedDownlink.Window.RX1;
            case RX2 -> ReceivedDownlink.Window.RX2;
            default -> ReceivedDownlink.Window.PING_SLOT;
        };
        Optional<ReceivedDownlink> dl = accept(d, phy, r, kind);
        if (dl.isPresent() && exchangeWindow && d.current instanceof UplinkExchange u) {
            u.onDownlink(dl.get());
        }
    }

    /// Opens a downlink and applies it; {@return the downlink, if valid}
    static Optional<ReceivedDownlink> accept(VirtualDevice d, Bytes phy, Reception r, ReceivedDownlink.Window window) {
        var opened = DownlinkDecoder.open(d.session, d.config.macVersion(), phy, d.lastConfirmedUplinkFCnt);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        var o = opened.get();
        d.stickyAnswers.clear();
        AdrBackoff.onDownlink(d.session);
        var a = d.macHandler.handle(d.session, o.macCommands(), d.behaviour, r.snrDb());
        d.answers.addAll(a.once());
        d.stickyAnswers.addAll(a.sticky());
        a.linkCheck().ifPresent(l -> d.lastLinkCheck = Optional.of(l));
        a.deviceTime().ifPresent(t -> d.lastDeviceTime = Optional.of(t));
        a.forceRejoin().ifPresent(d.rejoinSchedule::force);
        d.rejoinSchedule.syncTimeLimit();
        if (a.pingSlotInfoAnswered()) {
            d.classB.pingSlotInfoAnswered();
        }
        boolean confirmed = o.frame().confirmed();
        if (confirmed && d.behaviour.ackDownlinks()) {
            d.pendingAckFCnt = o.fCnt32();
        }
        var fc = o.frame().fHdr().fCtrl();
        ReceivedDownlink dl = new ReceivedDownlink(d.scheduler.instant(), o.fPort(), o.payload(), o.fCnt32(), confirmed,
                fc.ack(), fc.fPending(), o.macCommands(), r.rssiDbm(), r.snrDb(), window);
        d.downlinks.add(dl);
        d.save();
        return Optional.of(dl);
    }
}
