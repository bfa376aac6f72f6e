// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.run;

import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Eui64;
import lorabench.sim.device.DeviceConfig;
import lorabench.sim.device.DeviceState;
import lorabench.sim.device.DeviceStateStore;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.radio.PathLossModel;
import lorabench.sim.radio.RadioMedium;

/// The starting state of devices that must not begin with the band's defaults (a scenario's fixed `dataRate`):
/// a [DeviceStateStore] that hands each preset out once, when the device is created, and keeps nothing else (a
/// run's devices start fresh every time).
public final class InitialStates implements DeviceStateStore {
    private final Map<Eui64, DeviceState> presets = new ConcurrentHashMap<>();

    /// Presets the device of `config` to start on data rate `dataRate` (its other settings as the band says).
    public void presetDataRate(DeviceConfig config, int dataRate, TaskScheduler scheduler) {
        RadioMedium scratch = new RadioMedium(scheduler, 0, PathLossModel.DEFAULT);
        VirtualDevice probe = new VirtualDevice(config, scheduler, scratch, new SplittableRandom(0), Optional.empty());
        DeviceState s = probe.state();
        probe.close();
        presets.put(config.devEui(), s.withDataRate(dataRate));
    }

    @Override
    public Optional<DeviceState> load(Eui64 devEui) {
        return Optional.ofNullable(presets.remove(devEui));
    }

    @Override
    public void save(Eui64 devEui, DeviceState state) {
        // NOTE: a run's state is not kept: the next run starts from the presets again.
    }
}
