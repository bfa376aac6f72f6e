// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.run;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Bytes;
import lorabench.sim.device.JoinOutcome;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.payload.GeneratorContext;
import lorabench.sim.payload.GeneratorState;
import lorabench.sim.payload.PayloadGenerationException;
import lorabench.sim.scenario.DeviceSpec;
import lorabench.sim.scenario.Seeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One device's life in a scenario: its join, then an uplink every interval ± jitter, confirmed with the template's
/// ratio, carrying what its payload generator makes. Its random source and generator memory are its own (decision
/// 0009), and each step schedules the next, so a device never runs two steps at once.
final class DeviceRun {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceRun.class);

    private final DeviceSpec spec;
    final VirtualDevice device;
    private final TaskScheduler clock;
    private final AtomicBoolean cancelled;
    private final RandomGenerator random;
    private final GeneratorState generatorState = new GeneratorState();
    private long generated;

    DeviceRun(DeviceSpec spec, VirtualDevice device, TaskScheduler clock, AtomicBoolean cancelled) {
        this.spec = spec;
        this.device = device;
        this.clock = clock;
        this.cancelled = cancelled;
        this.random = Seeds.random(spec.randomSeed());
    }

    /// Joins after `delay`; once joined, the first uplink follows after the spec's `firstUplinkAt`. A failed join
    /// (every attempt unanswered) is tried again one uplink interval later.
    void joinAfter(Duration delay) {
        clock.schedule(delay, () -> {
            if (cancelled.get()) {
                return;
            }
            device.join().thenAccept(outcome -> {
                switch (outcome) {
                    case JoinOutcome.Accepted a -> uplinkAfter(spec.firstUplinkAt());
                    case JoinOutcome.Failed f -> joinAfter(spec.uplink().interval());
                }
            });
        });
    }

    /// Sends the next uplink after `delay`, then keeps going every interval ± jitter.
    void uplinkAfter(Duration delay) {
        clock.schedule(delay, this::tick);
    }

    private void tick() {
        if (cancelled.get()) {
            return;
        }
        if (!device.joined()) {
            // The device left its session (a 1.1 device whose RekeyInd went unanswered): it joins again, as a
            // firmware's application layer does, and its uplinks resume after that join.
            joinAfter(Duration.ZERO);
            return;
        }
        Bytes payload;
        try {
            payload = spec.payload().next(new GeneratorContext(spec.index(), spec.identity().devEui(), generated,
                    clock.instant(), random, generatorState));
        } catch (PayloadGenerationException e) {
            LOG.warn("device {}: payload generator failed: {}", spec.identity().devEui(), e.getMessage());
            payload = Bytes.EMPTY;
        }
        generated++;
        boolean confirmed = spec.uplink().confirmedRatio() > 0 && random.nextDouble() < spec.uplink().confirmedRatio();
        Duration gap = spec.uplink().gap(random.nextDouble());
        device.sendUplink(spec.uplink().fPort(), payload, confirmed).exceptionally(e -> {
            LOG.debug("device {}: uplink not sent: {}", spec.identity().devEui(), e.toString());
            return null;
        });
        clock.schedule(gap, this::tick);
    }
}
