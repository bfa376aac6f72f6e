// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.Objects;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.sim.radio.Position;

/// A virtual device's fixed settings.
///
/// @param nwkKey                    the 1.1 NwkKey; for 1.0.x devices pass the AppKey again
/// @param adr                       whether the device lets the network control its data rate (FCtrl.ADR)
/// @param pingSlotPeriodicity       class B periodicity 0..7 (2^(7-p) ping slots per beacon period)
/// @param maxJoinAttempts           join-requests sent before [VirtualDevice#join()] fails
/// @param maxConfirmedTransmissions transmissions of a confirmed uplink without ACK before giving up (LoRaWAN 1.0.2
///                                  used 8; 1.0.4 leaves it to NbTrans, whichever is larger applies)
public record DeviceConfig(Eui64 devEui, Eui64 joinEui, AesKey appKey, AesKey nwkKey, MacVersion macVersion,
        Activation activation, BandId band, DeviceClass deviceClass, Position position, boolean adr,
        int pingSlotPeriodicity, int maxJoinAttempts, int maxConfirmedTransmissions) {

    public DeviceConfig {
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(joinEui, "joinEui");
        Objects.requireNonNull(appKey, "appKey");
        Objects.requireNonNull(nwkKey, "nwkKey");
        Objects.requireNonNull(macVersion, "macVersion");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(deviceClass, "deviceClass");
        Objects.requireNonNull(position, "position");
        if (pingSlotPeriodicity < 0 || pingSlotPeriodicity > 7 || maxJoinAttempts < 1
                || maxConfirmedTransmissions < 1) {
            throw new IllegalArgumentException("bad device settings");
        }
    }

    /// {@return an OTAA class A device with ADR, periodicity 7, 8 join attempts and 8 confirmed transmissions}
    public static DeviceConfig otaa(Eui64 devEui, Eui64 joinEui, AesKey appKey, AesKey nwkKey, MacVersion version,
            BandId band, Position position) {
        return new DeviceConfig(devEui, joinEui, appKey, nwkKey, version, new Activation.Otaa(), band, DeviceClass.A,
                position, true, 7, 8, 8);
    }

    public DeviceConfig withActivation(Activation a) {
        return new DeviceConfig(devEui, joinEui, appKey, nwkKey, macVersion, a, band, deviceClass, position, adr,
                pingSlotPeriodicity, maxJoinAttempts, maxConfirmedTransmissions);
    }

    public DeviceConfig withClass(DeviceClass c) {
        return new DeviceConfig(devEui, joinEui, appKey, nwkKey, macVersion, activation, band, c, position, adr,
                pingSlotPeriodicity, maxJoinAttempts, maxConfirmedTransmissions);
    }

    public DeviceConfig withJoinAttempts(int n) {
        return new DeviceConfig(devEui, joinEui, appKey, nwkKey, macVersion, activation, band, deviceClass, position,
                adr, pingSlotPeriodicity, n, maxConfirmedTransmissions);
    }

    public DeviceConfig withPingSlotPeriodicity(int p) {
        return new DeviceConfig(devEui, joinEui, appKey, nwkKey, macVersion, activation, band, deviceClass, position,
                adr, p, maxJoinAttempts, maxConfirmedTransmissions);
    }
}
