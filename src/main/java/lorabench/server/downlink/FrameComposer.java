// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.server.session.DeviceContext;
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
/// opportunity (FPending set). The queued payload goes in the first window whose maximum MACPayload (RP002
/// "Maximum payload size", M = FHDR + FPort + FRMPayload) holds it; one that fits no window ends in ERROR.
/// Counters: FPort > 0 takes AFCntDown in 1.1, everything else NFCntDown (the single FCntDown in 1.0).
/// Runs inside a [lorabench.store.BatchingWriter] item: it touches the database only through `tx`.
public final class FrameComposer {
    private static final int FHDR_AND_FPORT = 8;

    /// The outcome: the transmission to send (if any) and the downlinks that changed status.
    public record Composed(Optional<Transmission> transmission, Optional<Downlink> sent, List<Downlink> tooLarge) {}

    private final DownlinkRepository downlinks;
    private final DeviceSessionRepository sessions;

    public FrameComposer(DownlinkRepository downlinks, DeviceSessionRepository sessions) {
        this.downlinks = downlinks;
        this.sessions = sessions;
    }

    /// @param windows   the windows to try, best first; the payload decides from which one on
    /// @param ackUplink the FCnt of the confirmed uplink to acknowledge, if any
    public Composed compose(Tx tx, DeviceContext ctx, List<TxWindow> windows, List<MacCommand> commands,
            Optional<Long> ackUplink, boolean adr, Instant now) {
        DownlinkTarget target = new DownlinkTarget.Device(ctx.device().devEui());
        Bytes mac = MacCommandCodec.encode(commands);
        boolean macInFOpts = mac.size() <= 15;
        List<Downlink> tooLarge = new ArrayList<>();
        Optional<Downlink> app = Optional.empty();
        List<TxWindow> use = windows;
        boolean waiting = false;
        for (Downlink d : downlinks.pending(tx, target)) {
            if (!macInFOpts) {
                waiting = true;
                break;
            }
            int size = FHDR_AND_FPORT + mac.size() + d.payload().size();
            int from = firstFitting(windows, size);
            if (from >= 0) {
                app = Optional.of(d);
                use = windows.subList(from, windows.size());
                break;
            }
            if (firstFitting(windows, FHDR_AND_FPORT + d.payload().size()) < 0) {
                tooLarge.add(d);
                continue;
            }
            waiting = true; // fits once the MAC commands are gone
            break;
        }
        for (Downlink d : tooLarge) {
            downlinks.transition(tx, d.id(), lorabench.store.DownlinkStatus.PENDING,
                    lorabench.store.DownlinkStatus.ERROR, Optional.of("payload of " + d.payload().size()
                            + " bytes fits no receive window's data rate"));
        }
        if (app.isEmpty() && mac.isEmpty() && ackUplink.isEmpty()) {
            return new Composed(Optional.empty(), Optional.empty(), tooLarge);
        }
        var session = ctx.session();
        boolean is11 = session.macVersion().is11();
        long fCnt = app.isPresent() && is11 ? sessions.takeAFCntDown(tx, session.devEui())
                : sessions.takeNFCntDown(tx, session.devEui());
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
        return new Composed(Optional.of(t), app, tooLarge);
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
