// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.types.DevNonce;
import lorabench.store.LogEvent;
import lorabench.store.SessionLogEntry;

/// Reads a device's join attempts out of its session log (oldest first): each join-request starts an attempt; a
/// `rejected` row gives the server's reason; a join-accept followed by a data uplink is a success, one followed by
/// another join-request was not heard by the device (LoRaWAN L2 1.0.4 §6.2.6: the device retries when no accept
/// arrives in its receive windows).
public final class JoinTrace {
    private JoinTrace() {}

    /// {@return the attempts in `log`}, oldest first; `log` is the device's session log in time order
    public static List<JoinAttempt> of(List<SessionLogEntry> log) {
        List<JoinAttempt> attempts = new ArrayList<>();
        SessionLogEntry request = null;
        JoinAttempt.Outcome outcome = null;
        String detail = "";
        for (SessionLogEntry e : log) {
            boolean isRequest = e.mType().equals("JoinRequest") || e.mType().equals("RejoinRequest");
            if (isRequest && (e.event() == LogEvent.JOIN_REQUEST || e.event() == LogEvent.REJECTED)) {
                if (request != null) {
                    attempts.add(attempt(request, outcome == JoinAttempt.Outcome.ACCEPT_SENT
                            ? JoinAttempt.Outcome.ACCEPT_NOT_HEARD : outcome, outcome == JoinAttempt.Outcome.ACCEPT_SENT
                            ? "the device sent another join-request after the join-accept" : detail));
                }
                request = e;
                if (e.event() == LogEvent.REJECTED) {
                    String reason = e.reason().orElse("");
                    outcome = rejection(reason);
                    detail = reason.contains(": ") ? reason.substring(reason.indexOf(": ") + 2) : reason;
                } else {
                    outcome = JoinAttempt.Outcome.ACCEPT_SENT;
                    detail = "accepted by the join server";
                }
            } else if (request != null && e.event() == LogEvent.JOIN_ACCEPT) {
                detail = "join-accept sent via " + e.gatewayEui().map(Object::toString).orElse("?") + " at "
                        + e.dataRate();
            } else if (request != null && e.event() == LogEvent.TX_ACK && e.mType().equals("JoinAccept")
                    && outcome == JoinAttempt.Outcome.ACCEPT_SENT) {
                outcome = JoinAttempt.Outcome.ACCEPT_NOT_SENT;
                detail = "gateway refused the join-accept: " + e.reason().orElse("");
            } else if (request != null && e.event() == LogEvent.UPLINK && outcome == JoinAttempt.Outcome.ACCEPT_SENT) {
                outcome = JoinAttempt.Outcome.ACCEPTED;
                detail = "first uplink of the session, DevAddr " + e.devAddr().map(Object::toString).orElse("?");
            }
        }
        if (request != null) {
            attempts.add(attempt(request, outcome, detail));
        }
        return attempts;
    }

    private static JoinAttempt.Outcome rejection(String reason) {
        String code = reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason;
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "unknown_deveui", "not_otaa" -> JoinAttempt.Outcome.UNKNOWN_DEVEUI;
            case "bad_mic" -> JoinAttempt.Outcome.BAD_MIC;
            case "devnonce_replay", "rejoin_replay" -> JoinAttempt.Outcome.DEVNONCE_REPLAY;
            case "joineui_mismatch" -> JoinAttempt.Outcome.JOINEUI_MISMATCH;
            default -> JoinAttempt.Outcome.REJECTED;
        };
    }

    private static JoinAttempt attempt(SessionLogEntry request, JoinAttempt.Outcome outcome, String detail) {
        Optional<DevNonce> nonce;
        try {
            nonce = FrameCodec.decode(request.phyPayload()) instanceof JoinRequest jr ? Optional.of(jr.devNonce())
                    : Optional.empty();
        } catch (MalformedFrameException e) {
            nonce = Optional.empty();
        }
        return new JoinAttempt(request.time(), nonce, request.gatewayEui(), request.rssi(), request.snr(), outcome,
                detail);
    }
}
