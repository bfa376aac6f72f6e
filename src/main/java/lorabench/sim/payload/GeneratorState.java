// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/// The memory one device's generator keeps between uplinks (the last value of each random walk). The runner keeps
/// one per virtual device; a device's uplinks are generated one at a time, so it is not synchronised.
public final class GeneratorState {
    private final Map<String, Double> values = new HashMap<>();

    /// {@return the value stored under `key`}, if any
    public OptionalDouble get(String key) {
        Double v = values.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public void put(String key, double value) {
        values.put(key, value);
    }
}
