// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.decoder;

import java.util.OptionalDouble;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/// Builds the two decoder arguments as plain JavaScript objects (no Java objects ever enter the sandbox):
/// `uplink = {data, fport, devaddr, fcnt}` with `data` an array of byte values carrying the NodeJS `Buffer`
/// readers of the prelude, and `meta = {freq, rssi, snr, tags}` (absent radio values are left out).
final class DecoderArguments {
    private DecoderArguments() {
    }

    static Scriptable uplink(Context cx, Scriptable scope, DecoderInput in) {
        Object[] bytes = new Object[in.data().size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = in.data().get(i);
        }
        Scriptable array = cx.newArray(scope, bytes);
        Function buffer = (Function) ScriptableObject.getProperty(scope, "__lorabenchBuffer");
        Scriptable uplink = cx.newObject(scope);
        ScriptableObject.putProperty(uplink, "data", buffer.call(cx, scope, scope, new Object[] {array}));
        ScriptableObject.putProperty(uplink, "fport", in.fPort());
        ScriptableObject.putProperty(uplink, "devaddr", (double) in.devAddr().unsigned());
        ScriptableObject.putProperty(uplink, "fcnt", (double) in.fCnt());
        return uplink;
    }

    static Scriptable meta(Context cx, Scriptable scope, DecoderInput in) {
        Scriptable meta = cx.newObject(scope);
        put(meta, "freq", in.freqMhz());
        put(meta, "rssi", in.rssi());
        put(meta, "snr", in.snr());
        Scriptable tags = cx.newObject(scope);
        in.tags().forEach((k, v) -> ScriptableObject.putProperty(tags, k, v));
        ScriptableObject.putProperty(meta, "tags", tags);
        return meta;
    }

    private static void put(Scriptable target, String name, OptionalDouble value) {
        value.ifPresent(v -> ScriptableObject.putProperty(target, name, v));
    }
}
