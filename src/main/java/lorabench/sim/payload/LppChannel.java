// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.util.List;
import java.util.Objects;

/// One sensor of a [CayenneLpp] generator: its LPP channel, type and one [ValueModel] per field of the type.
public record LppChannel(int channel, LppType type, List<ValueModel> values) {
    public LppChannel {
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException("LPP channel must be 0..255, got " + channel);
        }
        if (values.size() != type.fields().size()) {
            throw new IllegalArgumentException("LPP type " + type.jsonName() + " takes " + type.fields().size()
                    + " value model(s), got " + values.size());
        }
    }
}
