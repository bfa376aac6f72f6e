// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.Objects;
import lorabench.lorawan.types.Eui64;

/// One gateway's reception of an uplink: the `rxpk` fields of the Semtech protocol (PROTOCOL.TXT §4) that the
/// server keeps, RSSI in dBm and SNR in dB, the concentrator timestamp in µs, IF channel and RF chain.
public record GatewayRx(Eui64 gatewayEui, double rssi, double snr, long tmst, int channel, int rfChain) {
    public GatewayRx {
        Objects.requireNonNull(gatewayEui, "gatewayEui");
    }
}
