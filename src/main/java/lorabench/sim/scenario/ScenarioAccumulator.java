// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import lorabench.lorawan.types.Eui64;

/// Counts what a scenario run does, from any number of threads at once. A runner calls the `record` methods as
/// things happen and asks for [#progress] or [#summary] whenever it wants; it passes the elapsed times itself,
/// since only the runner knows its clocks.
public final class ScenarioAccumulator {
    private final Duration scenarioDuration;
    private final LongAdder joinsAttempted = new LongAdder();
    private final LongAdder joinsAccepted = new LongAdder();
    private final LongAdder uplinksSent = new LongAdder();
    private final LongAdder uplinksDelivered = new LongAdder();
    private final LongAdder downlinksReceived = new LongAdder();
    private final ConcurrentHashMap<Eui64, AtomicLong> airtimeNanos = new ConcurrentHashMap<>();

    public ScenarioAccumulator(Duration scenarioDuration) {
        this.scenarioDuration = Objects.requireNonNull(scenarioDuration, "scenarioDuration");
        if (scenarioDuration.isNegative() || scenarioDuration.isZero()) {
            throw new IllegalArgumentException("scenario duration must be positive");
        }
    }

    public void joinAttempted() {
        joinsAttempted.increment();
    }

    public void joinAccepted() {
        joinsAccepted.increment();
    }

    /// An uplink (or a join request, whose airtime counts too: pass `countAsUplink` false) went on air.
    public void onAir(Eui64 devEui, Duration airtime, boolean countAsUplink) {
        airtimeNanos.computeIfAbsent(devEui, k -> new AtomicLong()).addAndGet(airtime.toNanos());
        if (countAsUplink) {
            uplinksSent.increment();
        }
    }

    /// An uplink reached the network server through at least one gateway (count it once, however many heard it).
    public void uplinkDelivered() {
        uplinksDelivered.increment();
    }

    public void downlinkReceived() {
        downlinksReceived.increment();
    }

    /// {@return a snapshot at `virtualElapsed` since the scenario's start}
    public ScenarioProgress progress(Duration virtualElapsed, Duration realElapsed) {
        double f = Math.clamp((double) virtualElapsed.toNanos() / scenarioDuration.toNanos(), 0, 1);
        return new ScenarioProgress(f, virtualElapsed, realElapsed, joinsAttempted.sum(), joinsAccepted.sum(),
                uplinksSent.sum(), uplinksDelivered.sum(), downlinksReceived.sum());
    }

    /// {@return the totals so far}
    public ScenarioSummary summary(Duration virtualElapsed, Duration realElapsed) {
        Map<Eui64, Duration> airtime = new HashMap<>();
        airtimeNanos.forEach((k, v) -> airtime.put(k, Duration.ofNanos(v.get())));
        return ScenarioSummary.of(airtime, joinsAttempted.sum(), joinsAccepted.sum(), uplinksSent.sum(),
                uplinksDelivered.sum(), downlinksReceived.sum(), virtualElapsed, realElapsed);
    }
}
