// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.types.Bytes;

/// Encodes and decodes Cayenne Low Power Payload frames: a sequence of `channel | type | data` items
/// (myDevices Cayenne LPP documentation, "Payload structure"), data big-endian as [LppType] describes.
public final class LppCodec {
    private LppCodec() {}

    /// {@return the frame holding `readings` in order}; values are rounded to the type's resolution and saturate
    public static Bytes encode(List<LppReading> readings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (LppReading r : readings) {
            out.write(r.channel());
            out.write(r.type().code());
            List<LppType.Field> fields = r.type().fields();
            for (int i = 0; i < fields.size(); i++) {
                LppType.Field f = fields.get(i);
                long raw = Math.round(r.values().get(i) * f.divisor());
                raw = Math.clamp(raw, f.minRaw(), f.maxRaw());
                for (int b = f.bytes() - 1; b >= 0; b--) {
                    out.write((int) (raw >>> (8 * b)));
                }
            }
        }
        return Bytes.wrap(out.toByteArray());
    }

    /// {@return the readings of an LPP frame}
    /// @throws IllegalArgumentException naming the byte offset of an unknown type or a truncated item
    public static List<LppReading> decode(Bytes frame) {
        List<LppReading> result = new ArrayList<>();
        int i = 0;
        while (i < frame.size()) {
            if (i + 2 > frame.size()) {
                throw new IllegalArgumentException("LPP item at byte " + i + " is truncated: no type byte");
            }
            int channel = frame.get(i);
            LppType type;
            try {
                type = LppType.fromCode(frame.get(i + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " at byte " + (i + 1), e);
            }
            int at = i + 2;
            if (at + type.dataSize() > frame.size()) {
                throw new IllegalArgumentException("LPP " + type.jsonName() + " item at byte " + i + " needs "
                        + type.dataSize() + " data bytes, only " + (frame.size() - at) + " left");
            }
            double[] values = new double[type.fields().size()];
            for (int k = 0; k < values.length; k++) {
                LppType.Field f = type.fields().get(k);
                long raw = 0;
                for (int b = 0; b < f.bytes(); b++) {
                    raw = (raw << 8) | frame.get(at++);
                }
                if (f.signed() && (raw & (1L << (8 * f.bytes() - 1))) != 0) {
                    raw -= 1L << (8 * f.bytes());
                }
                values[k] = (double) raw / f.divisor();
            }
            result.add(LppReading.of(channel, type, values));
            i = at;
        }
        return result;
    }
}
