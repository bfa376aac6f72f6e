// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// Uplinks and downlinks per minute over a sliding window of the last `minutes` minutes, bucketed by the events'
/// own timestamps (the server's clock, so virtual time works as well as real time). Memory is fixed: two arrays of
/// `minutes` counters used as a ring. The window ends at the latest minute seen, by an event or by
/// [#advanceTo(Instant)]; frames older than the window are not counted. Not thread-safe.
public final class TrafficHistogram {
    private final int minutes;
    private final long[] uplinks;
    private final long[] downlinks;
    private long end = Long.MIN_VALUE;

    /// @param minutes the window length, at least 1
    public TrafficHistogram(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("the window needs at least one minute: " + minutes);
        }
        this.minutes = minutes;
        this.uplinks = new long[minutes];
        this.downlinks = new long[minutes];
    }

    /// {@return the window length in minutes}
    public int minutes() {
        return minutes;
    }

    /// Counts one frame at `at`; any event, frame or not, moves the window's end up to its minute.
    /// {@return whether it was counted}: false for [DashboardEvent.Traffic#NONE] and for frames older than the window
    public boolean add(Instant at, DashboardEvent.Traffic traffic) {
        long minute = minuteOf(at);
        advance(minute);
        if (traffic == DashboardEvent.Traffic.NONE || minute <= end - minutes) {
            return false;
        }
        int slot = Math.floorMod(minute, minutes);
        if (traffic == DashboardEvent.Traffic.UPLINK) {
            uplinks[slot]++;
        } else {
            downlinks[slot]++;
        }
        return true;
    }

    /// Moves the window's end to the minute of `now` when that is later; older minutes fall out of the window.
    public void advanceTo(Instant now) {
        advance(minuteOf(now));
    }

    /// Replaces the counts with `buckets` (a copy taken with [#buckets()]); the window ends at the last one.
    public void restore(List<TrafficBucket> buckets) {
        java.util.Arrays.fill(uplinks, 0);
        java.util.Arrays.fill(downlinks, 0);
        end = Long.MIN_VALUE;
        if (buckets.isEmpty()) {
            return;
        }
        advance(minuteOf(buckets.getLast().minute()));
        for (TrafficBucket b : buckets) {
            long minute = minuteOf(b.minute());
            if (minute > end - minutes && minute <= end) {
                int slot = Math.floorMod(minute, minutes);
                uplinks[slot] += b.uplinks();
                downlinks[slot] += b.downlinks();
            }
        }
    }

    /// {@return one bucket per minute of the window, oldest first, minutes without frames included}; empty until a
    /// time is known
    public List<TrafficBucket> buckets() {
        if (end == Long.MIN_VALUE) {
            return List.of();
        }
        List<TrafficBucket> out = new ArrayList<>(minutes);
        for (long m = end - minutes + 1; m <= end; m++) {
            int slot = Math.floorMod(m, minutes);
            out.add(new TrafficBucket(Instant.ofEpochSecond(m * 60), uplinks[slot], downlinks[slot]));
        }
        return out;
    }

    /// {@return the uplinks counted in the window}
    public long uplinks() {
        return java.util.Arrays.stream(uplinks).sum();
    }

    /// {@return the downlinks counted in the window}
    public long downlinks() {
        return java.util.Arrays.stream(downlinks).sum();
    }

    private void advance(long minute) {
        if (end != Long.MIN_VALUE && minute <= end) {
            return;
        }
        if (end == Long.MIN_VALUE || minute - end >= minutes) {
            java.util.Arrays.fill(uplinks, 0);
            java.util.Arrays.fill(downlinks, 0);
        } else {
            for (long m = end + 1; m <= minute; m++) {
                int slot = Math.floorMod(m, minutes);
                uplinks[slot] = 0;
                downlinks[slot] = 0;
            }
        }
        end = minute;
    }

    private static long minuteOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 60);
    }
}
