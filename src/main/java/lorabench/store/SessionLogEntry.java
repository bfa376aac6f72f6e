// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;

/// One frame in or out, as `lorabench export` writes it (DESIGN.md): the time, direction, gateway, device, the
/// message type name (`UnconfirmedDataUp`, `JoinRequest`, ...), the 32-bit FCnt, FPort, the PHYPayload and its
/// decrypted payload when known, whether the MIC was valid (empty when no key allowed the check), the radio
/// parameters, the event and, for rejected frames, the reason. A draft has id 0.
public record SessionLogEntry(long id, Instant time, Direction direction, Optional<Eui64> gatewayEui,
        Optional<Eui64> devEui, Optional<DevAddr> devAddr, String mType, Optional<Long> fCnt, Optional<Integer> fPort,
        Bytes phyPayload, Optional<Bytes> payload, Optional<Boolean> micValid, long frequencyHz, String dataRate,
        Optional<Double> rssi, Optional<Double> snr, LogEvent event, Optional<String> reason) {

    public SessionLogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mType, "mType");
        Objects.requireNonNull(phyPayload, "phyPayload");
        Objects.requireNonNull(dataRate, "dataRate");
        Objects.requireNonNull(event, "event");
        for (Optional<?> o : new Optional<?>[] {gatewayEui, devEui, devAddr, fCnt, fPort, payload, micValid, rssi, snr,
                reason}) {
            Objects.requireNonNull(o, "optional fields are Optional.empty(), never null");
        }
    }

    /// {@return a draft for a frame} with only the fields every row has; add the rest with the `with` methods
    public static SessionLogEntry of(Instant time, Direction direction, String mType, Bytes phyPayload,
            long frequencyHz, String dataRate, LogEvent event) {
        return new SessionLogEntry(0, time, direction, Optional.empty(), Optional.empty(), Optional.empty(), mType,
                Optional.empty(), Optional.empty(), phyPayload, Optional.empty(), Optional.empty(), frequencyHz,
                dataRate, Optional.empty(), Optional.empty(), event, Optional.empty());
    }

    public SessionLogEntry withId(long newId) {
        return new SessionLogEntry(newId, time, direction, gatewayEui, devEui, devAddr, mType, fCnt, fPort,
                phyPayload, payload, micValid, frequencyHz, dataRate, rssi, snr, event, reason);
    }

    public SessionLogEntry withDevice(Optional<Eui64> eui, Optional<DevAddr> addr) {
        return new SessionLogEntry(id, time, direction, gatewayEui, eui, addr, mType, fCnt, fPort, phyPayload,
                payload, micValid, frequencyHz, dataRate, rssi, snr, event, reason);
    }

    public SessionLogEntry withGateway(Eui64 gateway, Optional<Double> newRssi, Optional<Double> newSnr) {
        return new SessionLogEntry(id, time, direction, Optional.of(gateway), devEui, devAddr, mType, fCnt, fPort,
                phyPayload, payload, micValid, frequencyHz, dataRate, newRssi, newSnr, event, reason);
    }

    public SessionLogEntry withFrame(Optional<Long> newFCnt, Optional<Integer> newFPort, Optional<Bytes> newPayload,
            Optional<Boolean> newMicValid) {
        return new SessionLogEntry(id, time, direction, gatewayEui, devEui, devAddr, mType, newFCnt, newFPort,
                phyPayload, newPayload, newMicValid, frequencyHz, dataRate, rssi, snr, event, reason);
    }

    public SessionLogEntry withReason(Optional<String> newReason) {
        return new SessionLogEntry(id, time, direction, gatewayEui, devEui, devAddr, mType, fCnt, fPort, phyPayload,
                payload, micValid, frequencyHz, dataRate, rssi, snr, event, newReason);
    }
}
