// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/// A whole simulation as a scenario file describes it (see `docs/scenarios.md`).
///
/// @param start      the virtual time at which a virtual-clock run begins (real-clock runs begin now)
/// @param devices    the `devices` entries that are templates
/// @param csvDevices the `devices` entries that come from CSV; they expand after the templates
public record Scenario(String name, String description, long seed, Duration duration, ClockMode clock,
                       Instant start, NetworkServer networkServer, RadioParameters radio,
                       List<GatewayTemplate> gateways, List<DeviceTemplate> devices, List<CsvDevices> csvDevices) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(networkServer, "networkServer");
        Objects.requireNonNull(radio, "radio");
        gateways = List.copyOf(gateways);
        devices = List.copyOf(devices);
        csvDevices = List.copyOf(csvDevices);
    }

    /// {@return the number of devices the scenario expands to}
    public long deviceCount() {
        return devices.stream().mapToLong(DeviceTemplate::count).sum()
                + csvDevices.stream().mapToLong(c -> c.devices().size()).sum();
    }
}
