// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.run;

import java.util.Optional;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.AesKey;
import lorabench.sim.device.Activation;
import lorabench.sim.device.DeviceClass;
import lorabench.sim.device.DeviceConfig;
import lorabench.sim.radio.Position;
import lorabench.sim.scenario.DeviceIdentity;

/// Turns a device as the import format describes it (DESIGN.md, [DeviceIdentity]) into a virtual device's settings.
public final class DeviceConfigs {
    /// Where a device without a position stands.
    public static final Position ORIGIN = new Position(0, 0, 0);

    private DeviceConfigs() {}

    /// {@return the settings of a virtual device with `id`'s identity and keys, at `position`}. ABP devices get
    /// their session keys (a 1.0 session as [SessionKeys.Keys10#asKeys11()]); root keys they lack are zero keys that
    /// are never used.
    public static DeviceConfig of(DeviceIdentity id, Optional<lorabench.sim.scenario.Position> position, boolean adr) {
        AesKey zero = AesKey.of(new byte[AesKey.SIZE]);
        AesKey appKey = id.appKey().orElse(zero);
        AesKey nwkKey = id.nwkKey().orElse(appKey);
        Activation activation = switch (id.activation()) {
            case OTAA -> new Activation.Otaa();
            case ABP -> new Activation.Abp(id.devAddr().orElseThrow(), id.macVersion().is11()
                    ? new SessionKeys.Keys11(id.fNwkSIntKey().orElseThrow(), id.sNwkSIntKey().orElseThrow(),
                            id.nwkSEncKey().orElseThrow(), id.appSKey().orElseThrow())
                    : new SessionKeys.Keys10(id.nwkSKey().orElseThrow(), id.appSKey().orElseThrow()).asKeys11());
        };
        DeviceClass deviceClass = switch (id.deviceClass()) {
            case A -> DeviceClass.A;
            case B -> DeviceClass.B;
            case C -> DeviceClass.C;
        };
        return new DeviceConfig(id.devEui(), id.joinEui(), appKey, nwkKey, id.macVersion(), activation, id.region(),
                deviceClass, position.map(DeviceConfigs::position).orElse(ORIGIN), adr, 7, 8, 8);
    }

    /// {@return `p` as the radio model's position}
    public static Position position(lorabench.sim.scenario.Position p) {
        return new Position(p.latitude(), p.longitude(), p.altitude());
    }
}
