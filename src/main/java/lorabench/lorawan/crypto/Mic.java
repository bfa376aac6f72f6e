// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import java.util.List;
import java.util.function.Consumer;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;

/// The 4-byte message integrity codes of LoRaWAN (L2 1.0.4 §4.4, §6.2.2, §6.2.5; L2 1.1 §4.4, §6.2.2 to §6.2.5).
///
/// Every function takes `msg`, the bytes from MHDR up to the last byte before the MIC (`MHDR | FHDR | FPort |
/// FRMPayload` for data frames, already encrypted), and returns the MIC as 4 bytes in on-air order. `fCnt32` is the
/// full 32-bit frame counter (see [FCntReconstruction]). Compare MICs with [Bytes#constantTimeEquals].
public final class Mic {
    private Mic() {}

    /// {@return the join-request MIC}: `cmac(AppKey in 1.0, NwkKey in 1.1, MHDR | JoinEUI | DevEUI | DevNonce)`
    public static Bytes joinRequest(AesKey appKeyOrNwkKey, Bytes msg) {
        return first4(AesCmac.mac(appKeyOrNwkKey, msg));
    }

    /// {@return the rejoin-request MIC} (L2 1.1 §6.2.4.1, §6.2.4.2): types 0 and 2 use SNwkSIntKey, type 1 uses
    /// JSIntKey, over `MHDR | RejoinType | NetID or JoinEUI | DevEUI | RJcount`
    public static Bytes rejoinRequest(AesKey sNwkSIntKeyOrJsIntKey, Bytes msg) {
        return first4(AesCmac.mac(sNwkSIntKeyOrJsIntKey, msg));
    }

    /// {@return the 1.0 join-accept MIC}: `cmac(AppKey, MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay |
    /// CFList)` on the plaintext. A 1.1 device answered with OptNeg unset uses NwkKey here (L2 1.1 §6.2.3).
    public static Bytes joinAccept10(AesKey appKey, Bytes msg) {
        return first4(AesCmac.mac(appKey, msg));
    }

    /// {@return the 1.1 join-accept MIC (OptNeg set)}:
    /// `cmac(JSIntKey, JoinReqType | JoinEUI | DevNonce | MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay |
    /// CFList)` (L2 1.1 §6.2.3). `devNonce` is the DevNonce of a join-request, or RJcount0/RJcount1 of a rejoin.
    /// @param joinReqType 0xFF for a join-request, 0, 1 or 2 for a rejoin-request of that type
    public static Bytes joinAccept11(AesKey jsIntKey, int joinReqType, Eui64 joinEui, DevNonce devNonce, Bytes msg) {
        return first4(AesCmac.mac(jsIntKey, joinAccept11Input(joinReqType, joinEui, devNonce, msg)));
    }

    /// {@return the 1.0 uplink MIC}: `cmac(NwkSKey, B0 | msg)[0..3]` with Dir 0 (L2 1.0.4 §4.4)
    public static Bytes dataUplink10(AesKey nwkSKey, DevAddr devAddr, long fCnt32, Bytes msg) {
        return Bytes.wrap(Blocks.first4(cmacB0(nwkSKey, 0, Direction.UPLINK, devAddr, fCnt32, msg)));
    }

    /// {@return the 1.1 uplink MIC `cmacS[0..1] | cmacF[0..1]`} (L2 1.1 §4.4): `cmacS = cmac(SNwkSIntKey, B1 | msg)`,
    /// `cmacF = cmac(FNwkSIntKey, B0 | msg)`.
    /// @param confFCnt the FCnt (mod 2^16) of the confirmed downlink this uplink acknowledges; 0 when ACK is unset
    /// @param txDr     the data rate index of this transmission
    /// @param txCh     the channel index of this transmission
    public static Bytes dataUplink11(AesKey fNwkSIntKey, AesKey sNwkSIntKey, DevAddr devAddr, long fCnt32,
            int confFCnt, int txDr, int txCh, Bytes msg) {
        byte[] cmacF = cmacB0(fNwkSIntKey, 0, Direction.UPLINK, devAddr, fCnt32, msg);
        byte[] cmacS = cmacB1(sNwkSIntKey, confFCnt, txDr, txCh, devAddr, fCnt32, msg);
        return Bytes.of(cmacS[0], cmacS[1], cmacF[0], cmacF[1]);
    }

    /// {@return the 1.0 downlink MIC}: `cmac(NwkSKey, B0 | msg)[0..3]` with Dir 1 (L2 1.0.4 §4.4)
    public static Bytes dataDownlink10(AesKey nwkSKey, DevAddr devAddr, long fCnt32, Bytes msg) {
        return Bytes.wrap(Blocks.first4(cmacB0(nwkSKey, 0, Direction.DOWNLINK, devAddr, fCnt32, msg)));
    }

    /// {@return the 1.1 downlink MIC}: `cmac(SNwkSIntKey, B0 | msg)[0..3]` with Dir 1 (L2 1.1 §4.4).
    /// `fCnt32` is NFCntDown or AFCntDown, whichever the frame carries.
    /// @param confFCnt the FCnt (mod 2^16) of the confirmed uplink this downlink acknowledges; 0 when ACK is unset
    public static Bytes dataDownlink11(AesKey sNwkSIntKey, DevAddr devAddr, long fCnt32, int confFCnt, Bytes msg) {
        return Bytes.wrap(Blocks.first4(cmacB0(sNwkSIntKey, confFCnt, Direction.DOWNLINK, devAddr, fCnt32, msg)));
    }

    /// {@return the steps of a 1.0 data MIC}: B0 and the full CMAC, whose first 4 bytes are the MIC
    public static List<CryptoStep> dataSteps10(AesKey nwkSKey, Direction dir, DevAddr devAddr, long fCnt32, Bytes msg) {
        return List.of(new CryptoStep("B0 -> CMAC (NwkSKey)", block(b -> Blocks.b0(b, 0, 0, dir, devAddr, fCnt32,
                msg.size())), Bytes.wrap(cmacB0(nwkSKey, 0, dir, devAddr, fCnt32, msg))));
    }

    /// {@return the steps of a 1.1 uplink MIC}: B0 with cmacF (FNwkSIntKey), then B1 with cmacS (SNwkSIntKey)
    public static List<CryptoStep> dataUplinkSteps11(AesKey fNwkSIntKey, AesKey sNwkSIntKey, DevAddr devAddr,
            long fCnt32, int confFCnt, int txDr, int txCh, Bytes msg) {
        Bytes b0 = block(b -> Blocks.b0(b, 0, 0, Direction.UPLINK, devAddr, fCnt32, msg.size()));
        Bytes b1 = block(b -> Blocks.b1(b, 0, confFCnt, txDr, txCh, devAddr, fCnt32, msg.size()));
        return List.of(
                new CryptoStep("B0 -> cmacF (FNwkSIntKey)", b0,
                        Bytes.wrap(cmacB0(fNwkSIntKey, 0, Direction.UPLINK, devAddr, fCnt32, msg))),
                new CryptoStep("B1 -> cmacS (SNwkSIntKey)", b1,
                        Bytes.wrap(cmacB1(sNwkSIntKey, confFCnt, txDr, txCh, devAddr, fCnt32, msg))));
    }

    /// {@return the steps of a 1.1 downlink MIC}: B0 (with ConfFCnt) and the full CMAC under SNwkSIntKey
    public static List<CryptoStep> dataDownlinkSteps11(AesKey sNwkSIntKey, DevAddr devAddr, long fCnt32, int confFCnt,
            Bytes msg) {
        return List.of(new CryptoStep("B0 -> CMAC (SNwkSIntKey)",
                block(b -> Blocks.b0(b, 0, confFCnt, Direction.DOWNLINK, devAddr, fCnt32, msg.size())),
                Bytes.wrap(cmacB0(sNwkSIntKey, confFCnt, Direction.DOWNLINK, devAddr, fCnt32, msg))));
    }

    /// {@return the step of a 1.1 join-accept MIC}: the whole CMAC input (prefix and message) and the full CMAC
    public static List<CryptoStep> joinAcceptSteps11(AesKey jsIntKey, int joinReqType, Eui64 joinEui,
            DevNonce devNonce, Bytes msg) {
        Bytes input = joinAccept11Input(joinReqType, joinEui, devNonce, msg);
        return List.of(new CryptoStep("JoinReqType | JoinEUI | DevNonce | msg -> CMAC (JSIntKey)", input,
                AesCmac.mac(jsIntKey, input)));
    }

    private static Bytes joinAccept11Input(int joinReqType, Eui64 joinEui, DevNonce devNonce, Bytes msg) {
        if (joinReqType != 0xFF && (joinReqType < 0 || joinReqType > 2)) {
            throw new IllegalArgumentException("JoinReqType must be 0xFF (join-request) or 0, 1, 2 (rejoin), got "
                    + joinReqType);
        }
        byte[] in = new byte[11 + msg.size()];
        in[0] = (byte) joinReqType;
        Blocks.putLe(in, 1, joinEui.value(), 8);
        Blocks.putLe(in, 9, devNonce.value(), 2);
        msg.copyTo(in, 11);
        return Bytes.wrap(in);
    }

    private static byte[] cmacB0(AesKey key, int confFCnt, Direction dir, DevAddr devAddr, long fCnt32, Bytes msg) {
        int len = 16 + msg.size();
        byte[] buf = new byte[AesCmac.paddedLength(len)];
        Blocks.b0(buf, 0, confFCnt, dir, devAddr, fCnt32, msg.size());
        msg.copyTo(buf, 16);
        byte[] out = new byte[16];
        AesCmac.macInPlace(KeyedAes.cached(key), buf, len, out);
        return out;
    }

    private static byte[] cmacB1(AesKey key, int confFCnt, int txDr, int txCh, DevAddr devAddr, long fCnt32,
            Bytes msg) {
        int len = 16 + msg.size();
        byte[] buf = new byte[AesCmac.paddedLength(len)];
        Blocks.b1(buf, 0, confFCnt, txDr, txCh, devAddr, fCnt32, msg.size());
        msg.copyTo(buf, 16);
        byte[] out = new byte[16];
        AesCmac.macInPlace(KeyedAes.cached(key), buf, len, out);
        return out;
    }

    private static Bytes block(Consumer<byte[]> fill) {
        byte[] b = new byte[16];
        fill.accept(b);
        return Bytes.wrap(b);
    }

    private static Bytes first4(Bytes cmac) {
        return cmac.slice(0, 4);
    }
}
