// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.List;
import java.util.Objects;
import lorabench.lorawan.types.Eui64;

/// How a template's devices get their DevEUIs.
public sealed interface DevEuiSource {
    /// {@return the DevEUI of the template's `index`-th device}
    Eui64 devEui(int index);

    /// Prefix plus counter.
    record Counter(EuiPattern pattern) implements DevEuiSource {
        public Counter {
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public Eui64 devEui(int index) {
            return pattern.at(index);
        }
    }

    /// Listed one by one; the template's count is the list's size.
    record Explicit(List<Eui64> devEuis) implements DevEuiSource {
        public Explicit {
            devEuis = List.copyOf(devEuis);
        }

        @Override
        public Eui64 devEui(int index) {
            return devEuis.get(index);
        }
    }
}
