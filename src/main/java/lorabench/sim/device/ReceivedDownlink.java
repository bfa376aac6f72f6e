// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Bytes;

/// A downlink the device accepted (`GET /api/sim/devices/{devEui}/downlinks`).
///
/// @param fCnt     the full 32-bit counter (NFCntDown or AFCntDown in 1.1)
/// @param payload  the decrypted FRMPayload (empty for FPort 0 and for frames without FPort)
/// @param ack      whether it acknowledged a confirmed uplink
/// @param window   where it was received
public record ReceivedDownlink(Instant time, Optional<Integer> fPort, Bytes payload, long fCnt, boolean confirmed,
        boolean ack, boolean fPending, List<MacCommand> macCommands, double rssiDbm, double snrDb, Window window) {

    /// The receive opportunity a downlink arrived in.
    public enum Window { RX1, RX2, CLASS_C, PING_SLOT }

    public ReceivedDownlink {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(fPort, "fPort");
        Objects.requireNonNull(payload, "payload");
        macCommands = List.copyOf(macCommands);
        Objects.requireNonNull(window, "window");
    }
}
