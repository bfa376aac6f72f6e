// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.types.AesKey;
import lorabench.ui.keys.JoinInputs;
import lorabench.ui.keys.KeyVersion;

/// Turns a join selected in Live frames into the Keys lab's inputs. A join is two frames: the request carries
/// JoinEUI, DevEUI and DevNonce, the accept (once decrypted with the root key) JoinNonce, NetID and OptNeg. The
/// other half is looked up among the listed rows: for a request, the first accept after it to the same device;
/// for an accept, the last request before it. The server's feed attaches the device's root key (AppKey in 1.0,
/// NwkKey in 1.1) to both; a 1.1 AppKey is not in the feed, so the lab leaves that field to the user.
final class JoinPairing {
    private JoinPairing() {}

    /// {@return whether `row` is one half of a join (a request, or an accept)}
    static boolean isJoin(FrameRow row) {
        return row.decoded().filter(p -> p instanceof JoinRequest || p instanceof EncryptedJoinAccept
                || p instanceof JoinAccept).isPresent();
    }

    /// {@return what `selected` and its other half in `rows` (arrival order) say about the join; empty when
    /// `selected` is not a join frame}
    static Optional<JoinInputs> inputs(FrameRow selected, List<FrameRow> rows) {
        if (!isJoin(selected)) {
            return Optional.empty();
        }
        boolean request = selected.decoded().get() instanceof JoinRequest;
        Optional<FrameRow> other = request ? acceptAfter(selected, rows) : requestBefore(selected, rows);
        Optional<FrameRow> req = request ? Optional.of(selected) : other;
        Optional<FrameRow> acc = request ? other : Optional.of(selected);
        Optional<DissectionKeys> keys = selected.frame().keys().or(() -> other.flatMap(r -> r.frame().keys()));
        JoinInputs in = JoinInputs.NONE;
        Optional<JoinRequest> jr = req.flatMap(JoinPairing::joinRequest);
        if (jr.isPresent()) {
            in = JoinInputs.fromJoinRequest(jr.get().joinEui(), jr.get().devEui(), jr.get().devNonce());
        }
        Optional<JoinAccept> ja = acc.flatMap(r -> joinAccept(r, keys));
        if (ja.isPresent()) {
            in = in.withJoinNonce(ja.get().joinNonce()).withNetId(ja.get().netId());
        }
        Optional<KeyVersion> version = keys.map(k -> k.version() == KeyVersion.V1_0 ? KeyVersion.V1_0
                : ja.map(a -> a.dlSettings().optNeg() ? KeyVersion.V1_1 : KeyVersion.V1_1_OPT_NEG_UNSET)
                        .orElse(KeyVersion.V1_1));
        if (version.isPresent()) {
            in = in.withVersion(version.get());
            Optional<AesKey> root = keys.flatMap(DissectionKeys::rootKey);
            if (root.isPresent()) {
                in = version.get() == KeyVersion.V1_0 ? in.withAppKey(root.get()) : in.withNwkKey(root.get());
            }
        }
        return Optional.of(in);
    }

    private static Optional<FrameRow> acceptAfter(FrameRow request, List<FrameRow> rows) {
        for (FrameRow r : rows) {
            if (r.sequence() > request.sequence() && isAccept(r) && sameDevice(request, r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static Optional<FrameRow> requestBefore(FrameRow accept, List<FrameRow> rows) {
        for (FrameRow r : rows.reversed()) {
            if (r.sequence() < accept.sequence() && r.decoded().get() instanceof JoinRequest
                    && sameDevice(accept, r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static boolean isAccept(FrameRow r) {
        return r.decoded().filter(p -> p instanceof EncryptedJoinAccept || p instanceof JoinAccept).isPresent();
    }

    /// Two frames belong to the same device when the server named the same DevEUI, or (frames pasted by hand, or
    /// an accept the server did not attribute) when either is unattributed: the nearest frame is then the best
    /// guess.
    private static boolean sameDevice(FrameRow a, FrameRow b) {
        var x = a.frame().devEui().or(() -> joinRequest(a).map(JoinRequest::devEui));
        var y = b.frame().devEui().or(() -> joinRequest(b).map(JoinRequest::devEui));
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    private static Optional<JoinRequest> joinRequest(FrameRow r) {
        return r.decoded().filter(JoinRequest.class::isInstance).map(JoinRequest.class::cast);
    }

    private static Optional<JoinAccept> joinAccept(FrameRow r, Optional<DissectionKeys> keys) {
        return switch (r.decoded().orElse(null)) {
            case JoinAccept plain -> Optional.of(plain);
            case EncryptedJoinAccept e -> FrameMic.decrypt(e, r.frame().keys().or(() -> keys));
            case null, default -> Optional.empty();
        };
    }
}
