// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

/// A LoRaWAN PHYPayload: MHDR, a type-specific payload and (except for proprietary frames) a 4-byte MIC
/// (LoRaWAN L2 1.0.4 §4.1, L2 1.1 §4.1).
///
/// Encryption state is a type: [FrameCodec#decode] yields an [EncryptedJoinAccept] for a join-accept, and the
/// crypto layer turns it into a [JoinAccept] with [FrameCodec#decodeJoinAcceptPlaintext]. FOpts and FRMPayload of a
/// [DataFrame] hold the bytes as on air (encrypted, when they are).
public sealed interface PhyPayload
        permits JoinRequest, EncryptedJoinAccept, JoinAccept, DataFrame, RejoinRequest, Proprietary {
    MHdr mHdr();
}
