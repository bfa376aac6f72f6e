// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Bytes;

/// A decoded frame with everything the keys at hand revealed: what the CLI's `frame decode` prints and the GUI's
/// dissection tree shows.
///
/// @param phyPayload  the bytes as received
/// @param frame       the frame as decoded from the air ([lorabench.lorawan.frame.EncryptedJoinAccept] for a
///                    join-accept)
/// @param mic         the MIC on air; for a join-accept, the decrypted MIC, empty while encrypted or for proprietary
/// @param micCheck    whether `mic` is what the keys compute
/// @param joinAccept  the decrypted join-accept, when the key was at hand
/// @param payload     the decrypted FRMPayload of a data frame with FPort, when the key was at hand
/// @param macCommands the MAC commands of FOpts or of an FPort 0 payload ([] when there are none), when readable
public record Dissection(Bytes phyPayload, PhyPayload frame, Optional<Bytes> mic, MicCheck micCheck,
        Optional<JoinAccept> joinAccept, Optional<Bytes> payload, Optional<List<MacCommand>> macCommands) {
    public Dissection {
        Objects.requireNonNull(phyPayload, "phyPayload");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(mic, "mic");
        Objects.requireNonNull(micCheck, "micCheck");
        Objects.requireNonNull(joinAccept, "joinAccept");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(macCommands, "macCommands");
        macCommands = macCommands.map(List::copyOf);
    }
}
