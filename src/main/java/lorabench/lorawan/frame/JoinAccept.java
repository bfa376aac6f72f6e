// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;

/// A decrypted join-accept: MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay | [CFList] | MIC
/// (LoRaWAN L2 1.0.4 §6.2.5, L2 1.1 §6.2.3).
///
/// `rxDelay` is the whole RxDelay octet (0..255): bits 3..0 are the delay (0 meaning 1 s, see [#rx1DelaySeconds()])
/// and bits 7..4 are RFU. The RFU bits are kept so that [FrameCodec#micInput] rebuilds exactly the bytes received.
public record JoinAccept(MHdr mHdr, JoinNonce joinNonce, NetId netId, DevAddr devAddr, DlSettings dlSettings,
        int rxDelay, Optional<Bytes> cfList, Bytes mic) implements PhyPayload {
    public JoinAccept {
        Checks.mHdr(mHdr, MType.JOIN_ACCEPT);
        Objects.requireNonNull(joinNonce, "joinNonce");
        Objects.requireNonNull(netId, "netId");
        Objects.requireNonNull(devAddr, "devAddr");
        Objects.requireNonNull(dlSettings, "dlSettings");
        Objects.requireNonNull(cfList, "cfList");
        if (rxDelay < 0 || rxDelay > 255) {
            throw new IllegalArgumentException("RxDelay is one byte, got " + rxDelay);
        }
        cfList.ifPresent(c -> {
            if (c.size() != 16) {
                throw new IllegalArgumentException("CFList is 16 bytes, got " + c.size());
            }
        });
        Checks.mic(mic);
    }

    /// {@return the RX1 delay in seconds}: bits 3..0 of RxDelay, where 0 also means 1 s
    public int rx1DelaySeconds() {
        int d = rxDelay & 0x0F;
        return d == 0 ? 1 : d;
    }

    public JoinAccept withMic(Bytes newMic) {
        return new JoinAccept(mHdr, joinNonce, netId, devAddr, dlSettings, rxDelay, cfList, newMic);
    }
}
