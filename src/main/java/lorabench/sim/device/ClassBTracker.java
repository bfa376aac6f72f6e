// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Duration;
import java.time.Instant;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Bytes;
import lorabench.sim.classb.Beacon;
import lorabench.sim.classb.GpsTime;
import lorabench.sim.classb.PingSlots;

/// Class B on the device (LoRaWAN L2 1.0.4 §13-§15): beacon tracking and ping slots.
///
/// ## Decisions
/// - The device knows GPS time (as after a DeviceTimeAns, §13.1), so it opens a beacon window around every
///   expected beacon (period start + TBeaconDelay, ±10 ms) on the beacon frequency and data rate.
/// - It asks PingSlotInfoReq with its periodicity in the first uplinks of the session; once the network answered and
///   a beacon was received, it opens the period's ping slots ([PingSlots]) on the ping-slot frequency (PingSlotChannelReq,
///   else the band's default or hopping one) and data rate. A missed beacon keeps the slots open for up to
///   120 minutes after the last beacon received ("beacon-less operation", §13.3.3), then class B stops until the
///   next beacon.
final class ClassBTracker {
    private static final Duration BEACONLESS = Duration.ofMinutes(120);
    private static final Duration BEACON_MARGIN = Duration.ofMillis(10);

    private final VirtualDevice d;
    private boolean started;
    private boolean pingInfoAnswered;
    private Instant lastBeacon;
    private TaskScheduler.Timer timer;

    ClassBTracker(VirtualDevice d) {
        this.d = d;
    }

    void start() {
        if (started) {
            return;
        }
        started = true;
        d.requests.add(new MacCommand.PingSlotInfoReq(d.config.pingSlotPeriodicity()));
        schedulePeriod();
    }

    void stop() {
        started = false;
        if (timer != null) {
            timer.cancel();
        }
    }

    boolean active() {
        return started && pingInfoAnswered && lastBeacon != null
                && !d.scheduler.instant().isAfter(lastBeacon.plus(BEACONLESS));
    }

    void pingSlotInfoAnswered() {
        pingInfoAnswered = true;
    }

    /// Opens the beacon window of the next period, and schedules the period's ping slots after it.
    private void schedulePeriod() {
        Instant period = Beacon.nextPeriodStart(d.scheduler.instant().plusNanos(1));
        long time = Beacon.periodOf(period);
        long f = d.session.beaconFrequencyHz > 0 ? d.session.beaconFrequencyHz
                : PingSlots.beaconFrequency(d.band.classB(), time);
        var dr = (DataRate.LoRa) d.band.dataRate(d.band.classB().beaconDataRate()).orElseThrow();
        Instant expected = period.plus(Beacon.T_BEACON_DELAY);
        d.addWindow(new RxWindow(expected.minus(BEACON_MARGIN), expected.plus(BEACON_MARGIN), f, dr,
                RxWindow.Kind.BEACON));
        timer = d.scheduler.scheduleAt(period.plus(Beacon.RESERVED), () -> {
            synchronized (d) {
                if (!started) {
                    return;
                }
                openPingSlots(time);
                schedulePeriod();
            }
        });
    }

    void onBeacon(Bytes frame) {
        Beacon.decode(frame).ifPresent(b -> lastBeacon = GpsTime.toInstant(Duration.ofSeconds(b.gpsSeconds())));
    }

    private void openPingSlots(long beaconTime) {
        if (!active() || d.session.devAddr == null) {
            return;
        }
        long f = d.session.pingSlotFrequencyHz > 0 ? d.session.pingSlotFrequencyHz
                : PingSlots.frequency(d.band.classB(), beaconTime, d.session.devAddr);
        var dr = (DataRate.LoRa) d.band.dataRate(d.session.pingSlotDataRate).orElseThrow();
        for (Instant slot : PingSlots.slots(beaconTime, d.session.devAddr, d.config.pingSlotPeriodicity())) {
            d.addWindow(RxWindow.at(slot, f, dr, RxWindow.Kind.PING_SLOT));
        }
    }
}
