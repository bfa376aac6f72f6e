// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import lorabench.lorawan.types.Eui64;

/// What a generator may know about the uplink it makes.
///
/// @param deviceIndex   the device's index in the expanded scenario (0-based)
/// @param devEui        the device's DevEUI
/// @param uplinkCounter how many uplinks this device generated before this one (0 for the first)
/// @param time          the (virtual or real) time of the uplink
/// @param random        the device's seeded random source: the only randomness a generator may use
/// @param state         the device's generator memory
public record GeneratorContext(int deviceIndex, Eui64 devEui, long uplinkCounter, Instant time,
                              RandomGenerator random, GeneratorState state) {
    public GeneratorContext {
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(state, "state");
        if (deviceIndex < 0 || uplinkCounter < 0) {
            throw new IllegalArgumentException("deviceIndex and uplinkCounter must not be negative");
        }
    }
}
