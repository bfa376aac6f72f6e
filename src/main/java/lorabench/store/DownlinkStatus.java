// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.EnumSet;
import java.util.Set;

/// The life cycle of a queued downlink.
///
/// ```
/// PENDING -> SENT -> ACKNOWLEDGED | NOT_ACKNOWLEDGED | ERROR     (confirmed downlinks wait for the ACK bit)
/// PENDING -> ERROR | CANCELLED
/// ```
/// An unconfirmed downlink ends at SENT. ACKNOWLEDGED, NOT_ACKNOWLEDGED, ERROR and CANCELLED are final.
public enum DownlinkStatus {
    PENDING, SENT, ACKNOWLEDGED, NOT_ACKNOWLEDGED, ERROR, CANCELLED;

    /// {@return the states this one may move to}
    public Set<DownlinkStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(SENT, ERROR, CANCELLED);
            case SENT -> EnumSet.of(ACKNOWLEDGED, NOT_ACKNOWLEDGED, ERROR);
            case ACKNOWLEDGED, NOT_ACKNOWLEDGED, ERROR, CANCELLED -> EnumSet.noneOf(DownlinkStatus.class);
        };
    }

    public boolean canMoveTo(DownlinkStatus next) {
        return successors().contains(next);
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }
}
