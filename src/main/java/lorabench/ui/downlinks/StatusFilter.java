// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.downlinks;

import java.util.EnumSet;
import java.util.Set;
import lorabench.store.DownlinkStatus;

/// The Downlinks screen's status choice: everything, or one [DownlinkStatus].
public enum StatusFilter {
    ALL(null, "All statuses"),
    PENDING(DownlinkStatus.PENDING, "Pending"),
    SENT(DownlinkStatus.SENT, "Sent"),
    ACKNOWLEDGED(DownlinkStatus.ACKNOWLEDGED, "Acknowledged"),
    NOT_ACKNOWLEDGED(DownlinkStatus.NOT_ACKNOWLEDGED, "Not acknowledged"),
    ERROR(DownlinkStatus.ERROR, "Error"),
    CANCELLED(DownlinkStatus.CANCELLED, "Cancelled");

    private final DownlinkStatus status;
    private final String text;

    StatusFilter(DownlinkStatus status, String text) {
        this.status = status;
        this.text = text;
    }

    /// {@return the statuses this choice lets through}
    public Set<DownlinkStatus> statuses() {
        return status == null ? EnumSet.allOf(DownlinkStatus.class) : EnumSet.of(status);
    }

    @Override
    public String toString() {
        return text;
    }
}
