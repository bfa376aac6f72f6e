// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

import lorabench.lorawan.types.Eui64;

/// A radio node: a device (by DevEUI) or a gateway (by gateway EUI); the role keeps the two name spaces apart.
public record NodeId(Role role, Eui64 eui) {
    public enum Role { DEVICE, GATEWAY }

    public static NodeId device(Eui64 devEui) {
        return new NodeId(Role.DEVICE, devEui);
    }

    public static NodeId gateway(Eui64 gatewayEui) {
        return new NodeId(Role.GATEWAY, gatewayEui);
    }

    /// {@return a 64-bit key mixing role and EUI}, for seeding per-link randomness
    long key() {
        return eui.value() * 31 + role.ordinal();
    }

    @Override
    public String toString() {
        return role.name().toLowerCase(java.util.Locale.ROOT) + ":" + eui;
    }
}
