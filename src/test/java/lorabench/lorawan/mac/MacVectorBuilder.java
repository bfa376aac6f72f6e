// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.mac;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lorabench.lorawan.frame.Vectors;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;

/// Builds the expected [MacCommand] records of a vector (`LinkADRAns powerAck=true ...; LinkCheckReq`) through
/// their canonical constructors, independently of the codec. The record is found by its spec name
/// (`LinkADRAns` is the record `LinkAdrAns`).
final class MacVectorBuilder {
    private MacVectorBuilder() {}

    static List<MacCommand> commands(String text) {
        List<MacCommand> out = new ArrayList<>();
        for (String one : text.split(";")) {
            String t = one.trim();
            int sp = t.indexOf(' ');
            String name = sp < 0 ? t : t.substring(0, sp);
            out.add(command(name, Vectors.fields(sp < 0 ? "" : t.substring(sp + 1))));
        }
        return out;
    }

    static Class<?> recordClass(String specName) {
        for (Class<?> c : MacCommand.class.getPermittedSubclasses()) {
            if (c.getSimpleName().equalsIgnoreCase(specName)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no record for " + specName);
    }

    static MacCommand command(String specName, Map<String, String> fields) {
        Class<?> c = recordClass(specName);
        RecordComponent[] rcs = c.getRecordComponents();
        if (rcs.length != fields.size()) {
            throw new IllegalArgumentException(specName + " has components " + List.of(rcs) + ", vector gives " + fields);
        }
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            String v = fields.get(rcs[i].getName());
            if (v == null) {
                throw new IllegalArgumentException(specName + " vector lacks " + rcs[i].getName());
            }
            types[i] = rcs[i].getType();
            args[i] = convert(rcs[i].getName(), types[i], v);
        }
        try {
            Constructor<?> ctor = c.getDeclaredConstructor(types);
            return (MacCommand) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + specName, e);
        }
    }

    private static Object convert(String name, Class<?> type, String v) {
        if (type == int.class) {
            return name.equals("chMask") ? Integer.parseInt(v, 16) : Integer.parseInt(v);
        }
        if (type == long.class) {
            return Long.parseLong(v);
        }
        if (type == boolean.class) {
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException(name + "=" + v + " is not a boolean");
            }
            return Boolean.parseBoolean(v);
        }
        if (type == Direction.class) {
            return Direction.valueOf(v);
        }
        if (type == Bytes.class) {
            return Bytes.fromHex(v);
        }
        throw new IllegalArgumentException("unsupported component type " + type);
    }
}
