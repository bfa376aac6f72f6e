// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.ServerEvent.RejectReason;

/// What became of one de-duplicated data uplink (STYLE.md §9: expected protocol outcomes are values, as
/// LoRaMac-node's `LORAMAC_CRYPTO_FAIL_MIC` / `FAIL_FCNT_DUPLICATED`).
public sealed interface UplinkOutcome {
    /// Stored as uplink `uplinkId` with the full counter `fCnt32`.
    record Accepted(Eui64 devEui, long fCnt32, long uplinkId) implements UplinkOutcome {}

    /// The same counter as the last accepted uplink with a valid MIC (NbTrans repetition, or a confirmed uplink
    /// whose ACK was lost): not stored again, but answered again.
    record Retransmission(Eui64 devEui, long fCnt32) implements UplinkOutcome {}

    /// Dropped, with the reason; `devEui` when the device could be identified.
    record Rejected(RejectReason reason, String detail, Optional<Eui64> devEui) implements UplinkOutcome {}
}
