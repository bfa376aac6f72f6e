// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lorabench.lorawan.types.AesKey;
import lorabench.server.provisioning.DeviceImport;
import lorabench.server.provisioning.DeviceInput;
import lorabench.server.provisioning.DeviceProvisioning;
import lorabench.server.provisioning.ImportListener;
import lorabench.server.provisioning.ImportResult;
import lorabench.server.provisioning.ImportRow;
import lorabench.sim.scenario.DeviceIdentity;
import lorabench.sim.scenario.DeviceSpec;
import lorabench.store.Database;

/// Provisions a scenario's devices on the embedded network server through the import service, with the same
/// import-format fields a user's file would carry (so ABP devices get their server session as an import gives them).
final class ScenarioProvisioning {
    private ScenarioProvisioning() {}

    /// Imports every device of `devices` into `db`. @throws IllegalStateException when the server rejects one
    static ImportResult provision(Database db, List<DeviceSpec> devices) {
        List<ImportRow> rows = new ArrayList<>(devices.size());
        for (int i = 0; i < devices.size(); i++) {
            rows.add(new ImportRow(new DeviceInput(i + 2, fields(devices.get(i).identity()), Optional.empty()),
                    List.of()));
        }
        ImportResult r = new DeviceImport(db).importRows(rows, ImportListener.NONE);
        if (!r.rejected().isEmpty()) {
            throw new IllegalStateException("the embedded server rejected " + r.rejected().size()
                    + " scenario devices, the first: " + r.rejected().getFirst());
        }
        return r;
    }

    /// Imports every device of `devices` into the store of a server that outlives the run (the GUI's or `serve`'s),
    /// then starts each over ([DeviceProvisioning#startOver]): the run's virtual devices begin in their initial
    /// state (DevNonce 0, the scenario's frame counters), also when the scenario ran on this server before.
    /// @throws IllegalStateException when the server rejects one
    static ImportResult provisionForRun(Database db, List<DeviceSpec> devices) {
        ImportResult r = provision(db, devices);
        DeviceProvisioning provisioning = new DeviceProvisioning(db);
        devices.forEach(d -> provisioning.startOver(d.identity().devEui()));
        return r;
    }

    /// {@return the import-format fields of `id`} (DESIGN.md, `lorabench devices import`)
    static Map<String, String> fields(DeviceIdentity id) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("devEui", id.devEui().toString());
        f.put("name", id.name());
        f.put("activation", id.activation().name());
        f.put("macVersion", id.macVersion().toString());
        f.put("region", id.region().toString());
        f.put("deviceClass", id.deviceClass().name());
        f.put("joinEui", id.joinEui().toString());
        key(f, "appKey", id.appKey());
        key(f, "nwkKey", id.nwkKey());
        id.devAddr().ifPresent(a -> f.put("devAddr", a.toString()));
        key(f, "nwkSKey", id.nwkSKey());
        key(f, "appSKey", id.appSKey());
        key(f, "fNwkSIntKey", id.fNwkSIntKey());
        key(f, "sNwkSIntKey", id.sNwkSIntKey());
        key(f, "nwkSEncKey", id.nwkSEncKey());
        f.put("fCntUp", Long.toString(id.fCntUp()));
        f.put("fCntDown", Long.toString(id.fCntDown()));
        id.deviceProfile().ifPresent(p -> f.put("deviceProfile", p));
        id.serviceProfile().ifPresent(p -> f.put("serviceProfile", p));
        id.application().ifPresent(p -> f.put("application", p));
        if (!id.tags().isEmpty()) {
            f.put("tags", id.tags().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(";")));
        }
        return f;
    }

    private static void key(Map<String, String> f, String name, Optional<AesKey> key) {
        key.ifPresent(k -> f.put(name, k.toHex()));
    }
}
