// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.List;
import java.util.Objects;

/// A `devices` entry of a scenario that takes its devices from CSV in the import format (see [DeviceCsv]), with the
/// simulation settings the import format lacks given once for all of them.
///
/// @param name    the entry's name: the devices' template name, and the label of their random streams
/// @param devices the devices, in file order; their `index` is set by [ScenarioExpansion]
public record CsvDevices(String name, List<DeviceSpec> devices) {
    public CsvDevices {
        Objects.requireNonNull(name, "name");
        devices = List.copyOf(devices);
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("a CSV device entry holds at least one device");
        }
    }
}
