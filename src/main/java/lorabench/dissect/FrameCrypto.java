// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import java.util.Optional;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;

/// Which key protects what in a frame, and the MIC a frame should carry, for a user who may hold only some keys.
/// Shared by [Dissector] (checking) and [FrameSealer] (building), so both read the spec the same way:
///
/// - data MIC (L2 1.0.4 §4.4, L2 1.1 §4.4): NwkSKey (1.0); FNwkSIntKey and SNwkSIntKey (1.1 uplink);
///   SNwkSIntKey (1.1 downlink). ConfFCnt counts only when the ACK bit is set.
/// - FRMPayload (§4.3.3): AppSKey for FPort > 0; NwkSKey (1.0) or NwkSEncKey (1.1) for FPort 0.
/// - FOpts: clear in 1.0, NwkSEncKey in 1.1 (L2 1.1 §4.3.1.6 and its erratum).
/// - join-request MIC (§6.2.2): AppKey (1.0), NwkKey (1.1); rejoin-request MIC (L2 1.1 §6.2.4): SNwkSIntKey for
///   types 0 and 2, JSIntKey for type 1.
/// - join-accept (§6.2.5, L2 1.1 §6.2.3): encrypted with AppKey (1.0), NwkKey (1.1 answer to a join-request) or
///   JSEncKey (1.1 answer to a rejoin); MIC with AppKey (1.0), JSIntKey (1.1, OptNeg set) or NwkKey (OptNeg unset).
public final class FrameCrypto {
    private FrameCrypto() {}

    /// {@return the full 32-bit FCnt of `frame`}: the context's, which must end in the 16 bits on air, or those bits
    /// @throws IllegalArgumentException when the context's counter does not end in the on-air value
    public static long fCnt32(DataFrame frame, FrameContext ctx) {
        int onAir = frame.fHdr().fCnt();
        long full = ctx.fCnt32().orElse(onAir);
        if ((full & 0xFFFF) != onAir) {
            throw new IllegalArgumentException("FCnt " + full + " does not end in the FCnt on air, " + onAir
                    + " (" + full + " mod 65536 = " + (full & 0xFFFF) + ")");
        }
        return full;
    }

    /// {@return the MIC `frame` should carry}, empty when the keys at hand do not allow computing it (or the frame
    /// has no MIC the spec defines: proprietary, or a join-accept still encrypted)
    public static Optional<Bytes> expectedMic(PhyPayload frame, FrameKeys keys, FrameContext ctx) {
        return switch (frame) {
            case JoinRequest j -> (ctx.is11() ? keys.nwkKey() : keys.appKey())
                    .map(k -> Mic.joinRequest(k, FrameCodec.micInput(j)));
            case RejoinRequest r -> rejoinMicKey(r, keys).map(k -> Mic.rejoinRequest(k, FrameCodec.micInput(r)));
            case JoinAccept j -> joinAcceptMic(j, keys, ctx);
            case DataFrame d -> dataMic(d, keys, ctx);
            case EncryptedJoinAccept _, Proprietary _ -> Optional.empty();
        };
    }

    /// {@return which keys (and inputs) [#expectedMic] needs for `frame`}, in the spec's names, for error messages
    public static String micRequirement(PhyPayload frame, FrameContext ctx) {
        return switch (frame) {
            case JoinRequest _ -> ctx.is11() ? "a LoRaWAN 1.1 join-request MIC needs NwkKey"
                    : "a LoRaWAN 1.0 join-request MIC needs AppKey";
            case RejoinRequest r -> r.rejoinType() == 1 ? "a rejoin-request type 1 MIC needs JSIntKey (or NwkKey)"
                    : "a rejoin-request type " + r.rejoinType() + " MIC needs SNwkSIntKey";
            case JoinAccept j -> !ctx.is11() ? "a LoRaWAN 1.0 join-accept MIC needs AppKey"
                    : j.dlSettings().optNeg()
                            ? "a LoRaWAN 1.1 join-accept MIC (OptNeg set) needs JSIntKey (or NwkKey and DevEUI),"
                                    + " JoinEUI and DevNonce"
                            : "a LoRaWAN 1.1 join-accept MIC with OptNeg unset needs NwkKey";
            case DataFrame d -> !ctx.is11() ? "a LoRaWAN 1.0 data MIC needs NwkSKey"
                    : d.direction() == Direction.UPLINK ? "a LoRaWAN 1.1 uplink MIC needs FNwkSIntKey and SNwkSIntKey"
                            : "a LoRaWAN 1.1 downlink MIC needs SNwkSIntKey";
            case EncryptedJoinAccept _ -> "the join-accept MIC is encrypted";
            case Proprietary _ -> "a proprietary frame has no MIC the spec defines";
        };
    }

    /// {@return the key of the FRMPayload of a frame with port `fPort`}: AppSKey for FPort > 0; NwkSKey (1.0) or
    /// NwkSEncKey (1.1) for FPort 0
    public static Optional<AesKey> payloadKey(int fPort, FrameKeys keys, FrameContext ctx) {
        if (fPort > 0) {
            return keys.appSKey();
        }
        return ctx.is11() ? keys.nwkSEncKey() : keys.nwkSKey();
    }

    /// {@return the name of [#payloadKey]} for messages
    public static String payloadKeyName(int fPort, FrameContext ctx) {
        return fPort > 0 ? "AppSKey" : ctx.is11() ? "NwkSEncKey" : "NwkSKey";
    }

    /// {@return the key that encrypts a join-accept}: AppKey (1.0); NwkKey or JSEncKey (1.1)
    public static Optional<AesKey> joinAcceptKey(FrameKeys keys, FrameContext ctx) {
        if (!ctx.is11()) {
            return keys.appKey();
        }
        if (ctx.joinReqType() == FrameContext.JOIN_REQUEST_TYPE) {
            return keys.nwkKey();
        }
        return keys.nwkKey().flatMap(n -> ctx.devEui().map(d -> SessionKeys.jsEncKey(n, d)));
    }

    /// {@return the name of [#joinAcceptKey]} for messages
    public static String joinAcceptKeyName(FrameContext ctx) {
        return !ctx.is11() ? "AppKey" : ctx.joinReqType() == FrameContext.JOIN_REQUEST_TYPE ? "NwkKey"
                : "JSEncKey, derived from NwkKey and DevEUI,";
    }

    /// {@return JSIntKey}: the one given, or the one derived from NwkKey and `devEui`
    public static Optional<AesKey> jsIntKey(FrameKeys keys, Optional<Eui64> devEui) {
        return keys.jsIntKey().or(() -> keys.nwkKey().flatMap(n -> devEui.map(d -> SessionKeys.jsIntKey(n, d))));
    }

    private static Optional<AesKey> rejoinMicKey(RejoinRequest r, FrameKeys keys) {
        return r.rejoinType() == 1 ? jsIntKey(keys, Optional.of(r.devEui())) : keys.sNwkSIntKey();
    }

    private static Optional<Bytes> joinAcceptMic(JoinAccept j, FrameKeys keys, FrameContext ctx) {
        Bytes msg = FrameCodec.micInput(j);
        if (!ctx.is11()) {
            return keys.appKey().map(k -> Mic.joinAccept10(k, msg));
        }
        if (!j.dlSettings().optNeg()) {
            return keys.nwkKey().map(k -> Mic.joinAccept10(k, msg));
        }
        if (ctx.joinEui().isEmpty() || ctx.devNonce().isEmpty()) {
            return Optional.empty();
        }
        return jsIntKey(keys, ctx.devEui()).map(k -> Mic.joinAccept11(k, ctx.joinReqType(), ctx.joinEui().get(),
                ctx.devNonce().get(), msg));
    }

    private static Optional<Bytes> dataMic(DataFrame d, FrameKeys keys, FrameContext ctx) {
        long fCnt = fCnt32(d, ctx);
        Bytes msg = FrameCodec.micInput(d);
        var addr = d.fHdr().devAddr();
        if (!ctx.is11()) {
            return keys.nwkSKey().map(k -> d.direction() == Direction.UPLINK
                    ? Mic.dataUplink10(k, addr, fCnt, msg) : Mic.dataDownlink10(k, addr, fCnt, msg));
        }
        int confFCnt = d.fHdr().fCtrl().ack() ? (int) (ctx.confFCnt() & 0xFFFF) : 0;
        if (d.direction() == Direction.DOWNLINK) {
            return keys.sNwkSIntKey().map(s -> Mic.dataDownlink11(s, addr, fCnt, confFCnt, msg));
        }
        return keys.fNwkSIntKey().flatMap(f -> keys.sNwkSIntKey().map(s ->
                Mic.dataUplink11(f, s, addr, fCnt, confFCnt, ctx.txDr(), ctx.txCh(), msg)));
    }
}
