// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Duration;
import java.time.Instant;
import lorabench.lorawan.band.DataRate;
import lorabench.sim.radio.Transmission;

/// A receive opportunity: the radio is tuned to `frequencyHz` / `dataRate` and detects a preamble that starts
/// between `open` (less 1 ms, the gateway counter's µs rounding and clock tolerance) and `close`.
record RxWindow(Instant open, Instant close, long frequencyHz, DataRate.LoRa dataRate, Kind kind) {

    enum Kind { RX1, RX2, PING_SLOT, BEACON }

    static final Duration EARLY_TOLERANCE = Duration.ofMillis(1);

    /// {@return a window of `open` plus the preamble-detection timeout}: 12 symbols, at least 10 ms (LoRaMac-node
    /// computes a symbol timeout of the same order from the preamble length and the clock error)
    static RxWindow at(Instant open, long frequencyHz, DataRate.LoRa dr, Kind kind) {
        long symbolNanos = (1L << dr.spreadingFactor()) * 1_000_000_000L / dr.bandwidth().hz();
        Duration timeout = Duration.ofNanos(Math.max(12 * symbolNanos, 10_000_000L));
        return new RxWindow(open, open.plus(timeout), frequencyHz, dr, kind);
    }

    boolean accepts(Transmission t) {
        return t.frequencyHz() == frequencyHz && t.dataRate().equals(dataRate)
                && !t.start().isBefore(open.minus(EARLY_TOLERANCE)) && !t.start().isAfter(close);
    }
}
