// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;

/// One join attempt of a device, as the join trace shows it: the join-request the server heard and what came of it.
///
/// @param time     when the join-request was received
/// @param devNonce the request's DevNonce, when the frame could be read
/// @param gateway  the gateway that heard it best
/// @param rssi     dBm at that gateway
/// @param snr      dB at that gateway
/// @param outcome  what happened
/// @param detail   the server's words (for refusals) or what the verdict rests on
public record JoinAttempt(Instant time, Optional<DevNonce> devNonce, Optional<Eui64> gateway, Optional<Double> rssi,
        Optional<Double> snr, Outcome outcome, String detail) {

    /// How an attempt ended (LoRaWAN L2 1.0.4 §6.2.4-§6.2.6).
    public enum Outcome {
        /// The join-accept was sent and the device then sent a data uplink in its new session.
        ACCEPTED("accepted"),
        /// The join-accept was sent, but the device sent another join-request: it did not hear (or accept) it.
        ACCEPT_NOT_HEARD("accept not heard"),
        /// The join-accept was sent; no uplink has followed yet.
        ACCEPT_SENT("accept sent"),
        /// The gateway refused to transmit the join-accept.
        ACCEPT_NOT_SENT("accept not transmitted"),
        /// The DevEUI is not provisioned (or not as an OTAA device).
        UNKNOWN_DEVEUI("unknown DevEUI"),
        /// The MIC does not verify under the device's root key.
        BAD_MIC("bad MIC"),
        /// The DevNonce was used before (or, for 1.0.4 and 1.1, is not above the last one).
        DEVNONCE_REPLAY("DevNonce replay"),
        /// The JoinEUI is not the device's.
        JOINEUI_MISMATCH("JoinEUI mismatch"),
        /// Refused for another reason (see the detail).
        REJECTED("rejected");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }

        /// {@return whether this outcome is a failure}
        public boolean failed() {
            return this != ACCEPTED && this != ACCEPT_SENT;
        }
    }

    public JoinAttempt {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(devNonce, "devNonce");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(rssi, "rssi");
        Objects.requireNonNull(snr, "snr");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }
}
