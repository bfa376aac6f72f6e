// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.server.mac.MacBudget;
import lorabench.server.mac.MacDownlink;
import lorabench.server.mac.MacLayer;
import lorabench.server.mac.MacOutcome;
import lorabench.server.mac.MacState;
import lorabench.server.session.DeviceContext;
import lorabench.server.session.MacStates;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkTarget;
import lorabench.store.Tx;

/// Composes the next downlink of a device inside a transaction: takes the next queued payload that fits, the frame
/// counter, and builds the frame (L2 1.0.4 §4.3, §5).
///
/// Placement: MAC commands go in FOpts when they fit in its 15 bytes (smaller frame, and the answer can ride along
/// with an application payload); otherwise on FPort 0 alone, the application payload then waiting for the next
/// opportunity (FPending set). On FPort 0 they are cut to what the smallest of the opportunity's windows carries
/// (answers first, a LinkADRReq block whole or not at all, [MacBudget]); queued requests left out stay in the MAC
/// state's queue ([MacState#pendingRequests()], the one place network requests wait) without losing an attempt,
/// and go in a later downlink; answers left out are dropped (they describe this uplink only). The queued payload
/// goes in the first window whose maximum MACPayload (RP002 "Maximum payload size", M = FHDR + FPort +
/// FRMPayload) holds it; one that fits no window ends in ERROR. A downlink that must go out although it carries
/// nothing (ADRACKReq, L2 1.0.4 §4.3.1.1) is an empty frame without FPort.
/// Counters: FPort > 0 takes AFCntDown in 1.1, everything else NFCntDown (the single FCntDown in 1.0). A queued
/// payload with a requested counter (OrbiWAN `fcnt`, "forced") goes out with exactly that counter, which then
/// continues from it; one whose counter is already used ends in ERROR (an FCNT collision) and the next is tried.
/// Runs inside a [lorabench.store.BatchingWriter] item: it touches the database only through `tx`.
public final class FrameComposer {
    private static final int FHDR_AND_FPORT = 8;

    /// The outcome: the transmission to send (if any), the downlinks that changed status, and the MAC commands the
    /// frame carries.
    public record Composed(Optional<Transmission> transmission, Optional<Downlink> sent, List<Failed> failed,
            List<MacCommand> macCommands) {
        public Composed {
            failed = List.copyOf(failed);
            macCommands = List.copyOf(macCommands);
        }
    }

    /// A queued downlink that moved to ERROR while composing, and why.
    public record Failed(Downlink downlink, String reason) {}

    private static final String TOO_LARGE = "payload fits no receive window's data rate";

    private final DownlinkRepository downlinks;
    private final DeviceSessionRepository sessions;
    private final MacLayer macLayer;

    public FrameComposer(DownlinkRepository downlinks, DeviceSessionRepository sessions, MacLayer macLayer) {
        this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.macLayer = Objects.requireNonNull(macLayer, "macLayer");
    }

    /// Composes the answer to an uplink.
    ///
    /// @param windows   the windows to try, best first; the payload decides from which one on
    /// @param commands  the MAC commands of [MacOutcome#downlinkCommands()] (already counted as sent)
    /// @param ackUplink the FCnt of the confirmed uplink to acknowledge, if any
    /// @param required  whether a frame must go out even when it carries nothing (ADRACKReq)
    public Composed compose(Tx tx, DeviceContext ctx, List<TxWindow> windows, List<MacCommand> commands,
            Optional<Long> ackUplink, boolean adr, boolean required, Instant now) {
        List<MacCommand> carried = commands;
        MacBudget inFOpts = MacBudget.fit(commands, MacLayer.FOPTS_MAX);
        if (!inFOpts.notFitting().isEmpty()) {
            int room = windows.stream().mapToInt(w -> w.maxPayload().m()).min().orElse(0) - FHDR_AND_FPORT;
            MacBudget onPort0 = MacBudget.fit(commands, Math.max(0, room));
            carried = onPort0.fitting();
            if (!onPort0.notFitting().isEmpty()) {
                keepForLater(tx, ctx, onPort0.notFitting());
            }
        }
        return build(tx, ctx, windows, carried, ackUplink, adr, required, now);
    }

    /// Composes a network-initiated downlink (class C): the next queued payload with the queued MAC requests no
    /// downlink has carried yet (in FOpts, [MacLayer#newRequestsForDownlink]), or those requests alone. The MAC state
    /// is read and written back inside `tx`.
    public Composed composeNetworkInitiated(Tx tx, DeviceContext ctx, List<TxWindow> windows, Instant now) {
        Optional<DeviceSession> fresh = sessions.find(tx, ctx.device().devEui());
        if (fresh.isEmpty()) {
            return new Composed(Optional.empty(), Optional.empty(), List.of(), List.of());
        }
        MacState mac = MacStates.of(fresh.get(), ctx.band());
        MacDownlink offer = macLayer.newRequestsForDownlink(mac, MacLayer.FOPTS_MAX);
        if (!offer.commands().isEmpty()) {
            sessions.updateMacState(tx, fresh.get().devEui(), MacStates.json(offer.state()),
                    fresh.get().pendingMacCommands());
        }
        return build(tx, ctx.withSession(fresh.get(), offer.state()), windows, offer.commands(), Optional.empty(),
                false, false, now);
    }

    private void keepForLater(Tx tx, DeviceContext ctx, List<MacCommand> notSent) {
        sessions.find(tx, ctx.device().devEui()).ifPresent(s -> sessions.updateMacState(tx, s.devEui(),
                MacStates.json(macLayer.notSent(MacStates.of(s, ctx.band()), notSent)), s.pendingMacCommands()));
    }

    private Composed build(Tx tx, DeviceContext ctx, List<TxWindow> windows, List<MacCommand> commands,
            Optional<Long> ackUplink, boolean adr, boolean required, Instant now) {
        DownlinkTarget target = new DownlinkTarget.Device(ctx.device().devEui());
        Bytes mac = MacCommandCodec.encode(commands);
        boolean macInFOpts = mac.size() <= MacLayer.FOPTS_MAX;
        List<Failed> failed = new ArrayList<>();
        Optional<Downlink> app = Optional.empty();
        var session = ctx.session();
        boolean is11 = session.macVersion().is11();
        Optional<Long> forced = Optional.empty();
        List<TxWindow> use = windows;
        boolean waiting = false;
        for (Downlink d : downlinks.pending(tx, target)) {
            if (!macInFOpts) {
                waiting = true;
                break;
            }
            int size = FHDR_AND_FPORT + mac.size() + d.payload().size();
            int from = firstFitting(windows, size);
            if (from >= 0 && d.requestedFCnt().isPresent() && !force(tx, session, is11, d.requestedFCnt().get())) {
                fail(tx, d, "FCNT collision: fcnt " + d.requestedFCnt().get() + " was already used", failed);
                continue;
            }
            if (from >= 0) {
                app = Optional.of(d);
                forced = d.requestedFCnt();
                use = windows.subList(from, windows.size());
                break;
            }
            if (firstFitting(windows, FHDR_AND_FPORT + d.payload().size()) < 0) {
                fail(tx, d, TOO_LARGE, failed);
                continue;
            }
            waiting = true; // fits once the MAC commands are gone
            break;
        }
        if (app.isEmpty() && mac.isEmpty() && ackUplink.isEmpty() && !required) {
            return new Composed(Optional.empty(), Optional.empty(), failed, List.of());
        }
        long fCnt = forced.isPresent() ? forced.get() : app.isPresent() && is11
                ? sessions.takeAFCntDown(tx, session.devEui()) : sessions.takeNFCntDown(tx, session.devEui());
        app.ifPresent(d -> downlinks.markSent(tx, d.id(), fCnt, now));
        boolean fPending = waiting || downlinks.countPending(tx, target) > 0;
        Optional<Integer> fPort;
        Bytes fOpts;
        Bytes frm;
        if (app.isPresent()) {
            fPort = Optional.of(app.get().fPort());
            fOpts = mac;
            frm = app.get().payload();
        } else if (macInFOpts) {
            fPort = Optional.empty();
            fOpts = mac;
            frm = Bytes.EMPTY;
        } else {
            fPort = Optional.of(0);
            fOpts = Bytes.EMPTY;
            frm = mac;
        }
        boolean confirmed = app.map(Downlink::confirmed).orElse(false);
        int confFCnt = ackUplink.map(f -> (int) (f & 0xFFFF)).orElse(0);
        Bytes phy = DataDownlinkBuilder.build(new DataDownlinkBuilder.Spec(session.devAddr(), session.macVersion(),
                session.keys(), confirmed, ackUplink.isPresent(), fPending, adr, fCnt, confFCnt, fOpts, fPort, frm));
        MType type = confirmed ? MType.CONFIRMED_DATA_DOWN : MType.UNCONFIRMED_DATA_DOWN;
        Transmission t = new Transmission(phy, use, Optional.of(session.devEui()), Optional.of(session.devAddr()),
                type.specName(), Optional.of(fCnt), fPort, app.map(Downlink::payload), app);
        return new Composed(Optional.of(t), app, failed, commands);
    }

    /// Takes `fCnt` as the application downlink's counter. {@return false when it was already used}
    private boolean force(Tx tx, DeviceSession session, boolean is11, long fCnt) {
        return is11 ? sessions.forceAFCntDown(tx, session.devEui(), fCnt)
                : sessions.forceNFCntDown(tx, session.devEui(), fCnt);
    }

    private void fail(Tx tx, Downlink d, String reason, List<Failed> failed) {
        String why = reason.equals(TOO_LARGE) ? "payload of " + d.payload().size() + " bytes fits no receive"
                + " window's data rate" : reason;
        downlinks.transition(tx, d.id(), lorabench.store.DownlinkStatus.PENDING, lorabench.store.DownlinkStatus.ERROR,
                Optional.of(why));
        failed.add(new Failed(d, reason));
    }

    private static int firstFitting(List<TxWindow> windows, int macPayloadSize) {
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).fits(macPayloadSize)) {
                return i;
            }
        }
        return -1;
    }
}
