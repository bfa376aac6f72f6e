// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Downlink;

/// A built downlink frame and the windows to try, in order (RX1 then RX2 for class A).
///
/// @param carried the queued downlink this frame carries, already SENT; it moves to ERROR when no window works
public record Transmission(Bytes phyPayload, List<TxWindow> attempts, Optional<Eui64> devEui,
        Optional<DevAddr> devAddr, String mType, Optional<Long> fCnt, Optional<Integer> fPort, Optional<Bytes> payload,
        Optional<Downlink> carried) {
    public Transmission {
        Objects.requireNonNull(phyPayload, "phyPayload");
        attempts = List.copyOf(attempts);
        if (attempts.isEmpty()) {
            throw new IllegalArgumentException("a transmission needs at least one window");
        }
    }

    /// {@return the same frame to be sent in `window` only}
    public Transmission in(TxWindow window) {
        return new Transmission(phyPayload, List.of(window), devEui, devAddr, mType, fCnt, fPort, payload, carried);
    }
}
