// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.util.List;
import java.util.Objects;

/// One Cayenne LPP data item: a channel, a type and one value per field of the type (three for the accelerometer,
/// the gyrometer and GPS: x, y, z or latitude, longitude, altitude), in the type's units (°C, %, hPa, G, °/s, °, m).
public record LppReading(int channel, LppType type, List<Double> values) {
    public LppReading {
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException("LPP channel must be 0..255, got " + channel);
        }
        if (values.size() != type.fields().size()) {
            throw new IllegalArgumentException("LPP type " + type.jsonName() + " takes " + type.fields().size()
                    + " value(s), got " + values.size());
        }
    }

    public static LppReading of(int channel, LppType type, double... values) {
        return new LppReading(channel, type, java.util.Arrays.stream(values).boxed().toList());
    }
}
