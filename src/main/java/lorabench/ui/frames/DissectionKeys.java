// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.types.AesKey;
import lorabench.ui.keys.KeyVersion;

/// What the dissector needs to decrypt a frame and check its MIC. Every key is optional, so that partial
/// knowledge (only the NwkSKey, only the AppKey) still helps; what is missing is shown as "not verified" rather
/// than guessed. In a 1.0 session (and 1.1 with OptNeg unset) the NwkSKey plays the roles of FNwkSIntKey,
/// SNwkSIntKey and NwkSEncKey ([#of10]).
///
/// @param version     the device's LoRaWAN version (1.1 with OptNeg unset behaves as 1.0 on air)
/// @param fNwkSIntKey 1.1 uplink MIC (cmacF); the NwkSKey in 1.0
/// @param sNwkSIntKey 1.1 uplink MIC (cmacS), downlink MIC, rejoin types 0 and 2
/// @param nwkSEncKey  1.1 FOpts and FPort 0 payloads
/// @param appSKey     FRMPayload of FPort > 0
/// @param rootKey     AppKey (1.0) or NwkKey (1.1): join-request MIC, join-accept decryption and MIC
/// @param fCnt32      the full 32-bit frame counter; absent means the 16 bits on air
/// @param confFCnt    1.1 only: the acknowledged frame's counter (B0/B1)
/// @param txDr        1.1 uplinks only: the data-rate index (B1)
/// @param txCh        1.1 uplinks only: the channel index (B1)
/// @param joinRequest 1.1 join-accepts with OptNeg set: the request answered (JoinEUI, DevEUI, DevNonce)
public record DissectionKeys(KeyVersion version, Optional<AesKey> fNwkSIntKey, Optional<AesKey> sNwkSIntKey,
        Optional<AesKey> nwkSEncKey, Optional<AesKey> appSKey, Optional<AesKey> rootKey, OptionalLong fCnt32,
        int confFCnt, int txDr, int txCh, Optional<JoinRequest> joinRequest) {
    public DissectionKeys {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fNwkSIntKey, "fNwkSIntKey");
        Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
        Objects.requireNonNull(nwkSEncKey, "nwkSEncKey");
        Objects.requireNonNull(appSKey, "appSKey");
        Objects.requireNonNull(rootKey, "rootKey");
        Objects.requireNonNull(fCnt32, "fCnt32");
        Objects.requireNonNull(joinRequest, "joinRequest");
        if (confFCnt < 0 || confFCnt > 0xFFFF || txDr < 0 || txDr > 0xFF || txCh < 0 || txCh > 0xFF) {
            throw new IllegalArgumentException("ConfFCnt is 16 bits, TxDr and TxCh 8 bits");
        }
    }

    /// {@return no keys at all for `version`}
    public static DissectionKeys none(KeyVersion version) {
        return new DissectionKeys(version, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalLong.empty(), 0, 0, 0, Optional.empty());
    }

    /// {@return keys of a 1.0 session}: NwkSKey in every network role
    public static DissectionKeys of10(SessionKeys.Keys10 keys) {
        return none(KeyVersion.V1_0).withNwkSKey(keys.nwkSKey()).withAppSKey(keys.appSKey());
    }

    /// {@return keys of a 1.1 session}
    public static DissectionKeys of11(SessionKeys.Keys11 keys) {
        return new DissectionKeys(KeyVersion.V1_1, Optional.of(keys.fNwkSIntKey()), Optional.of(keys.sNwkSIntKey()),
                Optional.of(keys.nwkSEncKey()), Optional.of(keys.appSKey()), Optional.empty(), OptionalLong.empty(),
                0, 0, 0, Optional.empty());
    }

    /// {@return these keys with the 1.0 NwkSKey as FNwkSIntKey, SNwkSIntKey and NwkSEncKey}
    public DissectionKeys withNwkSKey(AesKey k) {
        return new DissectionKeys(version, Optional.of(k), Optional.of(k), Optional.of(k), appSKey, rootKey, fCnt32,
                confFCnt, txDr, txCh, joinRequest);
    }

    /// {@return these keys with the given 1.1 network session keys (each optional)}
    public DissectionKeys withNetworkKeys11(Optional<AesKey> f, Optional<AesKey> s, Optional<AesKey> enc) {
        return new DissectionKeys(version, f, s, enc, appSKey, rootKey, fCnt32, confFCnt, txDr, txCh, joinRequest);
    }

    public DissectionKeys withAppSKey(AesKey k) {
        return new DissectionKeys(version, fNwkSIntKey, sNwkSIntKey, nwkSEncKey, Optional.of(k), rootKey, fCnt32,
                confFCnt, txDr, txCh, joinRequest);
    }

    /// {@return these keys with the AppKey (1.0) or NwkKey (1.1)}
    public DissectionKeys withRootKey(AesKey k) {
        return new DissectionKeys(version, fNwkSIntKey, sNwkSIntKey, nwkSEncKey, appSKey, Optional.of(k), fCnt32,
                confFCnt, txDr, txCh, joinRequest);
    }

    public DissectionKeys withFCnt32(long value) {
        return new DissectionKeys(version, fNwkSIntKey, sNwkSIntKey, nwkSEncKey, appSKey, rootKey,
                OptionalLong.of(value), confFCnt, txDr, txCh, joinRequest);
    }

    /// {@return these keys with the 1.1 B0/B1 parameters}
    public DissectionKeys withB1(int conf, int dr, int ch) {
        return new DissectionKeys(version, fNwkSIntKey, sNwkSIntKey, nwkSEncKey, appSKey, rootKey, fCnt32, conf, dr, ch,
                joinRequest);
    }

    public DissectionKeys withJoinRequest(JoinRequest request) {
        return new DissectionKeys(version, fNwkSIntKey, sNwkSIntKey, nwkSEncKey, appSKey, rootKey, fCnt32, confFCnt,
                txDr, txCh, Optional.of(request));
    }

    /// {@return whether frames use the 1.1 MIC and FOpts encryption}
    public boolean lorawan11() {
        return version == KeyVersion.V1_1;
    }
}
