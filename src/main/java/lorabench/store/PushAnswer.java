// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/// The last answer one push target gave for one stored uplink.
///
/// @param status the HTTP status answered, empty when no answer came (refused, timed out, queue full)
public record PushAnswer(long uplinkId, long targetId, long accountId, OptionalInt status, Instant answered) {

    public PushAnswer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(answered, "answered");
    }

    /// {@return whether the target took the payload (200) or left it stored on purpose (202)}
    public boolean acknowledged() {
        return status.isPresent() && (status.getAsInt() == 200 || status.getAsInt() == 202);
    }
}
