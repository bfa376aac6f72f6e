// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.time.Instant;
import java.util.Objects;
import lorabench.lorawan.types.Eui64;

/// One gateway's reception of one device's uplink (or join-request): the `rxpk` RSSI and SNR the server kept.
public record LinkSample(Eui64 gateway, Eui64 devEui, double rssi, double snr, Instant at) {
    public LinkSample {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(at, "at");
    }

    /// {@return the RSSI class of this reception}
    public RssiClass rssiClass() {
        return RssiClass.of(rssi);
    }
}
