// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.control;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lorabench.sim.scenario.DeviceCsv;
import lorabench.sim.scenario.DeviceSpec;

/// Reads a device described with the import-format fields (DESIGN.md, `lorabench devices import`) plus `latitude`,
/// `longitude` and `altitude`, with exactly the validation of a CSV import row.
final class DeviceRequests {
    static final List<String> FIELDS = List.of("devEui", "name", "activation", "macVersion", "region",
            "deviceClass", "joinEui", "appKey", "nwkKey", "devAddr", "nwkSKey", "appSKey", "fNwkSIntKey",
            "sNwkSIntKey", "nwkSEncKey", "fCntUp", "fCntDown", "deviceProfile", "serviceProfile", "application",
            "tags", "latitude", "longitude", "altitude");

    private DeviceRequests() {}

    /// {@return the device `fields` describe}
    /// @throws SimControlException (BAD_REQUEST, naming the field) when a field is unknown, missing or bad
    static DeviceSpec parse(Map<String, String> fields) {
        for (String k : fields.keySet()) {
            if (!FIELDS.contains(k)) {
                throw SimControlException.bad(k, "unknown field (expected " + String.join(", ", FIELDS) + ")");
            }
        }
        fields.forEach((k, v) -> {
            if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                throw SimControlException.bad(k, "must be one line");
            }
        });
        if (!fields.containsKey("devEui")) {
            throw SimControlException.bad("devEui", "is required");
        }
        List<String> keys = List.copyOf(fields.keySet());
        String csv = String.join(",", keys) + "\n"
                + keys.stream().map(k -> quote(fields.get(k))).collect(Collectors.joining(",")) + "\n";
        DeviceCsv.Result r = DeviceCsv.read(new StringReader(csv));
        if (!r.errors().isEmpty()) {
            DeviceCsv.RowError e = r.errors().getFirst();
            throw SimControlException.bad(e.field(), e.reason());
        }
        return r.devices().getFirst();
    }

    private static String quote(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
