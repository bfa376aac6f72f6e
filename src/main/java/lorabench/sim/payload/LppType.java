// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.util.List;
import java.util.Locale;

/// Cayenne Low Power Payload data types: the IPSO Smart Object ID minus 3200, each with its fields' width,
/// resolution and sign (myDevices Cayenne LPP documentation, "Data Types" table; IPSO Alliance Smart Objects).
///
/// Every multi-byte field is big-endian. Values are encoded rounded to the nearest step of the resolution
/// (the myDevices GPS example encodes 42.3519° as `06 76 5F`) and saturate at the field's range.
public enum LppType {
    DIGITAL_INPUT(0x00, "digitalInput", field(1, 1, false)),
    DIGITAL_OUTPUT(0x01, "digitalOutput", field(1, 1, false)),
    ANALOG_INPUT(0x02, "analogInput", field(2, 100, true)),
    ANALOG_OUTPUT(0x03, "analogOutput", field(2, 100, true)),
    ILLUMINANCE(0x65, "illuminance", field(2, 1, false)),
    PRESENCE(0x66, "presence", field(1, 1, false)),
    TEMPERATURE(0x67, "temperature", field(2, 10, true)),
    HUMIDITY(0x68, "humidity", field(1, 2, false)),
    ACCELEROMETER(0x71, "accelerometer", field(2, 1000, true), field(2, 1000, true), field(2, 1000, true)),
    BAROMETER(0x73, "barometer", field(2, 10, false)),
    GYROMETER(0x86, "gyrometer", field(2, 100, true), field(2, 100, true), field(2, 100, true)),
    GPS(0x88, "gps", field(3, 10000, true), field(3, 10000, true), field(3, 100, true));

    /// One value of a data type: `bytes` wide, `divisor` steps per unit (10 = 0.1 resolution), signed or not.
    public record Field(int bytes, int divisor, boolean signed) {
        /// {@return the smallest raw value the field holds}
        public long minRaw() {
            return signed ? -(1L << (8 * bytes - 1)) : 0;
        }

        /// {@return the largest raw value the field holds}
        public long maxRaw() {
            return signed ? (1L << (8 * bytes - 1)) - 1 : (1L << (8 * bytes)) - 1;
        }
    }

    private final int code;
    private final String jsonName;
    private final List<Field> fields;

    LppType(int code, String jsonName, Field... fields) {
        this.code = code;
        this.jsonName = jsonName;
        this.fields = List.of(fields);
    }

    private static Field field(int bytes, int divisor, boolean signed) {
        return new Field(bytes, divisor, signed);
    }

    /// {@return the one-byte LPP type code}
    public int code() {
        return code;
    }

    /// {@return the name used in scenario files, e.g. `temperature`}
    public String jsonName() {
        return jsonName;
    }

    public List<Field> fields() {
        return fields;
    }

    /// {@return the number of data bytes after the channel and type bytes}
    public int dataSize() {
        return fields.stream().mapToInt(Field::bytes).sum();
    }

    /// {@return the type with LPP code `code`}
    /// @throws IllegalArgumentException for a code this table does not hold
    public static LppType fromCode(int code) {
        for (LppType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Cayenne LPP data type 0x%02X", code));
    }

    /// {@return the type named `name` in a scenario file} (case-insensitive)
    public static LppType fromJsonName(String name) {
        for (LppType t : values()) {
            if (t.jsonName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown Cayenne LPP type '" + name + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(LppType::jsonName).toList()) + ")");
    }
}
