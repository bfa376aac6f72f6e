// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// What a receiver knows besides the frame and the keys: the LoRaWAN version, the full 32-bit FCnt, the inputs of
/// the 1.1 uplink MIC (L2 1.1 §4.4: ConfFCnt, TxDr, TxCh) and of the 1.1 join-accept MIC (L2 1.1 §6.2.3:
/// JoinReqType, JoinEUI, DevNonce, and DevEUI for JSIntKey and JSEncKey).
///
/// @param fCnt32      the full frame counter; empty means the 16 bits on air
/// @param confFCnt    the FCnt of the acknowledged frame, used only when the frame's ACK bit is set
/// @param joinReqType 0xFF for an answer to a join-request, 0, 1 or 2 for an answer to a rejoin-request
public record FrameContext(MacVersion version, OptionalLong fCnt32, long confFCnt, int txDr, int txCh,
        Optional<Eui64> devEui, Optional<Eui64> joinEui, Optional<DevNonce> devNonce, int joinReqType) {
    public static final int JOIN_REQUEST_TYPE = 0xFF;

    public FrameContext {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fCnt32, "fCnt32");
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(joinEui, "joinEui");
        Objects.requireNonNull(devNonce, "devNonce");
        fCnt32.ifPresent(f -> requireRange("FCnt", f, 0xFFFF_FFFFL));
        requireRange("ConfFCnt", confFCnt, 0xFFFF_FFFFL);
        requireRange("TxDr", txDr, 0xFF);
        requireRange("TxCh", txCh, 0xFF);
        if (joinReqType != JOIN_REQUEST_TYPE && (joinReqType < 0 || joinReqType > 2)) {
            throw new IllegalArgumentException(String.format(
                    "JoinReqType must be FF (join-request) or 00, 01, 02 (rejoin type), got %02X", joinReqType));
        }
    }

    /// {@return the context of a receiver that knows only the version}
    public static FrameContext of(MacVersion version) {
        return new FrameContext(version, OptionalLong.empty(), 0, 0, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), JOIN_REQUEST_TYPE);
    }

    public boolean is11() {
        return version.is11();
    }

    private static void requireRange(String what, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(what + " must be 0.." + max + ", got " + value);
        }
    }
}
