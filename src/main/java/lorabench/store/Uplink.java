// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;

/// A stored uplink payload: the decrypted FRMPayload with the full 32-bit frame counter, the raw PHYPayload, the
/// radio parameters and every gateway that heard it (best first, as the de-duplication window ordered them), and
/// whether it has been pushed. A draft for [UplinkRepository#insert] has id 0.
public record Uplink(long id, Eui64 devEui, DevAddr devAddr, Instant received, long fCnt, Optional<Integer> fPort,
        boolean confirmed, Bytes payload, Bytes phyPayload, long frequencyHz, String dataRate,
        List<GatewayRx> gateways, PushStatus pushStatus) {

    public Uplink {
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(devAddr, "devAddr");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(fPort, "fPort");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(phyPayload, "phyPayload");
        Objects.requireNonNull(dataRate, "dataRate");
        Objects.requireNonNull(pushStatus, "pushStatus");
        if (fCnt < 0 || fCnt > Device.MAX_FCNT) {
            throw new IllegalArgumentException("fCnt must be 0..4294967295, got " + fCnt);
        }
        if (fPort.isPresent() && (fPort.get() < 0 || fPort.get() > 255)) {
            throw new IllegalArgumentException("fPort must be 0..255, got " + fPort.get());
        }
        gateways = List.copyOf(gateways);
    }

    public Uplink withId(long newId) {
        return new Uplink(newId, devEui, devAddr, received, fCnt, fPort, confirmed, payload, phyPayload, frequencyHz,
                dataRate, gateways, pushStatus);
    }

    public Uplink withPushStatus(PushStatus status) {
        return new Uplink(id, devEui, devAddr, received, fCnt, fPort, confirmed, payload, phyPayload, frequencyHz,
                dataRate, gateways, status);
    }
}
