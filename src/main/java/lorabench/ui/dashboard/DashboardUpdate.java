// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.util.List;
import java.util.Objects;

/// What a [DashboardSource] delivers: first one [Replay] of what happened before the subscription, then one [Live]
/// per event.
public sealed interface DashboardUpdate {
    /// The traffic and events since the server started (bounded like the screen's own views).
    ///
    /// @param traffic the per-minute counts, oldest first ([TrafficHistogram#buckets()])
    /// @param recent  the latest events, oldest first
    record Replay(List<TrafficBucket> traffic, List<DashboardEvent> recent) implements DashboardUpdate {
        public Replay {
            traffic = List.copyOf(traffic);
            recent = List.copyOf(recent);
        }
    }

    /// One event as it happens.
    record Live(DashboardEvent event) implements DashboardUpdate {
        public Live {
            Objects.requireNonNull(event, "event");
        }
    }
}
