// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.mac;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Hex;

/// The fields of a MAC command as the CLI prints them and the GUI shows them in the dissection tree:
/// `"cid"` (the spec name) first, then every record component under its own name with a Boolean, Integer, Long
/// or String value. Frequencies stay in Hz (`frequencyHz`), `chMask` is 4 upper-case hex digits of the 16-bit
/// mask (bit i = channel i). [MacCommand.Unknown] gives `{"cid": "Unknown", "code": 128, "rest": "hex"}`.
public final class MacCommandFields {
    private MacCommandFields() {}

    public static LinkedHashMap<String, Object> of(MacCommand command) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("cid", command.specName());
        if (command instanceof MacCommand.Unknown u) {
            m.put("code", u.cid());
            m.put("rest", u.rest().toHex());
            return m;
        }
        for (RecordComponent rc : command.getClass().getRecordComponents()) {
            Object v = value(command, rc);
            if (rc.getName().equals("chMask")) {
                v = Hex.format(new byte[] {(byte) ((int) v >> 8), (byte) (int) v});
            } else if (v instanceof Bytes b) {
                v = b.toHex();
            }
            m.put(rc.getName(), v);
        }
        return m;
    }

    private static Object value(MacCommand command, RecordComponent rc) {
        try {
            return rc.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc.getName() + " of " + command, e);
        }
    }
}
