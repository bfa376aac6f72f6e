// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Direction;
import lorabench.store.SessionLogEntry;

/// The columns of a JSONL line and a CSV row, in order, with each entry's values as JSON-ready Java values
/// (`String`, `Long`, `Integer`, `Double`, `Boolean` or `null` for an absent value).
///
/// `time` is ISO 8601 UTC ([java.time.Instant#toString()]); hex values are upper case; EUIs and DevAddr big-endian;
/// `fCnt` is the full 32-bit counter; `frequency` in Hz; `rssi` in dBm and `snr` in dB as received.
final class ExportColumns {
    static final List<String> NAMES = List.of("time", "direction", "gatewayEui", "devEui", "devAddr", "mType", "fCnt",
            "fPort", "phyPayload", "payload", "micValid", "frequency", "dataRate", "rssi", "snr", "event", "reason");

    private ExportColumns() {}

    /// {@return the values of `e`, in the order of [#NAMES]}
    static List<Object> values(SessionLogEntry e) {
        List<Object> v = new ArrayList<>(NAMES.size());
        v.add(e.time().toString());
        v.add(e.direction() == Direction.UPLINK ? "up" : "down");
        v.add(text(e.gatewayEui()));
        v.add(text(e.devEui()));
        v.add(text(e.devAddr()));
        v.add(e.mType());
        v.add(e.fCnt().orElse(null));
        v.add(e.fPort().orElse(null));
        v.add(e.phyPayload().toHex());
        v.add(e.payload().map(p -> p.toHex()).orElse(null));
        v.add(e.micValid().orElse(null));
        v.add(e.frequencyHz());
        v.add(e.dataRate());
        v.add(e.rssi().orElse(null));
        v.add(e.snr().orElse(null));
        v.add(e.event().text());
        v.add(e.reason().orElse(null));
        return v;
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }
}
