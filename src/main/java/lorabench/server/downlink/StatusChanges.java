// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.Objects;
import java.util.Optional;
import lorabench.clock.TaskScheduler;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;

/// Moves queued downlinks through their life cycle and announces every change as a
/// [ServerEvent.DownlinkStatusChanged].
public final class StatusChanges {
    private final DownlinkRepository downlinks;
    private final ServerEvents events;
    private final TaskScheduler clock;

    public StatusChanges(DownlinkRepository downlinks, ServerEvents events, TaskScheduler clock) {
        this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// Moves downlink `id` from `from` to `to` in its own transaction. {@return whether it moved}
    public boolean move(long id, DownlinkTarget target, DownlinkStatus from, DownlinkStatus to, Optional<String> error) {
        boolean moved = downlinks.transition(id, from, to, error);
        if (moved) {
            announce(id, target, from, to, error);
        }
        return moved;
    }

    /// Announces a change already committed by the caller.
    public void announce(long id, DownlinkTarget target, DownlinkStatus from, DownlinkStatus to,
            Optional<String> error) {
        events.publish(new ServerEvent.DownlinkStatusChanged(clock.instant(), id, target, from, to, error));
    }

    /// Announces a change of `d` already committed by the caller.
    public void announce(Downlink d, DownlinkStatus from, DownlinkStatus to, Optional<String> error) {
        announce(d.id(), d.target(), from, to, error);
    }
}
