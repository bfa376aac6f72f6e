// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import java.util.List;
import java.util.Objects;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;

/// Session-key derivation after a join (LoRaWAN L2 1.0.4 §6.2.5; L2 1.1 §6.1.2.2 to §6.1.2.4, §6.2.3).
///
/// Each key is `AES-Encrypt(root, block)`, with the block's fields little-endian and zero-padded to 16 bytes:
/// - 1.0: `type | JoinNonce(3) | NetID(3) | DevNonce(2) | pad`, root AppKey; type 0x01 NwkSKey, 0x02 AppSKey.
/// - 1.1: `type | JoinNonce(3) | JoinEUI(8) | DevNonce(2) | pad`; AppSKey (0x02) from AppKey, the network keys from
///   NwkKey: 0x01 FNwkSIntKey, 0x03 SNwkSIntKey, 0x04 NwkSEncKey.
/// - 1.1 lifetime keys: `type | DevEUI(8) | pad` from NwkKey; 0x05 JSEncKey, 0x06 JSIntKey.
///
/// Records hold [AesKey]s, whose `toString()` is redacted, so a key set never prints its keys.
public final class SessionKeys {
    /// The 1.0 session keys.
    public record Keys10(AesKey nwkSKey, AesKey appSKey) {
        public Keys10 {
            Objects.requireNonNull(nwkSKey, "nwkSKey");
            Objects.requireNonNull(appSKey, "appSKey");
        }

        /// {@return the 1.1 view of a 1.0 session}: NwkSKey serves as FNwkSIntKey, SNwkSIntKey and NwkSEncKey
        public Keys11 asKeys11() {
            return new Keys11(nwkSKey, nwkSKey, nwkSKey, appSKey);
        }
    }

    /// The 1.1 session keys.
    public record Keys11(AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey, AesKey appSKey) {
        public Keys11 {
            Objects.requireNonNull(fNwkSIntKey, "fNwkSIntKey");
            Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
            Objects.requireNonNull(nwkSEncKey, "nwkSEncKey");
            Objects.requireNonNull(appSKey, "appSKey");
        }
    }

    /// The network session keys of a 1.1 join (without AppSKey).
    public record NetworkKeys11(AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey) {
        public NetworkKeys11 {
            Objects.requireNonNull(fNwkSIntKey, "fNwkSIntKey");
            Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
            Objects.requireNonNull(nwkSEncKey, "nwkSEncKey");
        }
    }

    private SessionKeys() {}

    /// {@return NwkSKey and AppSKey of a 1.0 join}, both from AppKey
    public static Keys10 derive10(AesKey appKey, JoinNonce joinNonce, NetId netId, DevNonce devNonce) {
        return new Keys10(key(appKey, block10(0x01, joinNonce, netId, devNonce)),
                key(appKey, block10(0x02, joinNonce, netId, devNonce)));
    }

    /// {@return the four session keys of a 1.1 join with OptNeg set}: AppSKey from AppKey, the rest from NwkKey
    public static Keys11 derive11(AesKey appKey, AesKey nwkKey, JoinNonce joinNonce, Eui64 joinEui,
            DevNonce devNonce) {
        return new Keys11(key(nwkKey, block11(0x01, joinNonce, joinEui, devNonce)),
                key(nwkKey, block11(0x03, joinNonce, joinEui, devNonce)),
                key(nwkKey, block11(0x04, joinNonce, joinEui, devNonce)),
                key(appKey, block11(0x02, joinNonce, joinEui, devNonce)));
    }

    /// {@return the three network session keys of a 1.1 join with OptNeg set}, all from NwkKey: what a network
    /// derives when the application alone holds the AppKey (and derives AppSKey itself)
    public static NetworkKeys11 deriveNetwork11(AesKey nwkKey, JoinNonce joinNonce, Eui64 joinEui,
            DevNonce devNonce) {
        return new NetworkKeys11(key(nwkKey, block11(0x01, joinNonce, joinEui, devNonce)),
                key(nwkKey, block11(0x03, joinNonce, joinEui, devNonce)),
                key(nwkKey, block11(0x04, joinNonce, joinEui, devNonce)));
    }

    /// {@return the session keys of a 1.1 device joined by a 1.0 network (OptNeg unset)}: L2 1.1 §6.2.3 derives
    /// them the 1.0 way, all from NwkKey (AppKey is not used): FNwkSIntKey = SNwkSIntKey = NwkSEncKey =
    /// `AES(NwkKey, 0x01 | JoinNonce | NetID | DevNonce | pad)`, AppSKey = `AES(NwkKey, 0x02 | ...)`.
    /// LoRaMac-node's `DeriveSessionKey10x` uses NwkKey as root for all four keys too.
    public static Keys11 derive11OptNegUnset(AesKey nwkKey, JoinNonce joinNonce, NetId netId, DevNonce devNonce) {
        return derive10(nwkKey, joinNonce, netId, devNonce).asKeys11();
    }

    /// {@return JSIntKey} (0x06), the key of the 1.1 join-accept MIC and the rejoin type 1 MIC
    public static AesKey jsIntKey(AesKey nwkKey, Eui64 devEui) {
        return key(nwkKey, blockJs(0x06, devEui));
    }

    /// {@return JSEncKey} (0x05), the key that encrypts join-accepts answering a rejoin-request
    public static AesKey jsEncKey(AesKey nwkKey, Eui64 devEui) {
        return key(nwkKey, blockJs(0x05, devEui));
    }

    /// {@return the AES input block and output of each 1.0 key}, in the order NwkSKey, AppSKey
    public static List<CryptoStep> derivationSteps10(AesKey appKey, JoinNonce joinNonce, NetId netId,
            DevNonce devNonce) {
        return List.of(step("NwkSKey (AppKey)", appKey, block10(0x01, joinNonce, netId, devNonce)),
                step("AppSKey (AppKey)", appKey, block10(0x02, joinNonce, netId, devNonce)));
    }

    /// {@return the AES input block and output of each 1.1 key}, in the order FNwkSIntKey, AppSKey, SNwkSIntKey,
    /// NwkSEncKey (the order of their type bytes)
    public static List<CryptoStep> derivationSteps11(AesKey appKey, AesKey nwkKey, JoinNonce joinNonce,
            Eui64 joinEui, DevNonce devNonce) {
        return List.of(step("FNwkSIntKey (NwkKey)", nwkKey, block11(0x01, joinNonce, joinEui, devNonce)),
                step("AppSKey (AppKey)", appKey, block11(0x02, joinNonce, joinEui, devNonce)),
                step("SNwkSIntKey (NwkKey)", nwkKey, block11(0x03, joinNonce, joinEui, devNonce)),
                step("NwkSEncKey (NwkKey)", nwkKey, block11(0x04, joinNonce, joinEui, devNonce)));
    }

    /// {@return the AES input block and output of JSEncKey and JSIntKey}
    public static List<CryptoStep> jsKeySteps(AesKey nwkKey, Eui64 devEui) {
        return List.of(step("JSEncKey (NwkKey)", nwkKey, blockJs(0x05, devEui)),
                step("JSIntKey (NwkKey)", nwkKey, blockJs(0x06, devEui)));
    }

    private static CryptoStep step(String label, AesKey root, byte[] block) {
        return new CryptoStep(label, Bytes.of(block), Bytes.wrap(KeyedAes.cached(root).encryptBlock(block)));
    }

    private static AesKey key(AesKey root, byte[] block) {
        return AesKey.of(KeyedAes.cached(root).encryptBlock(block));
    }

    private static byte[] block10(int type, JoinNonce joinNonce, NetId netId, DevNonce devNonce) {
        byte[] b = new byte[16];
        b[0] = (byte) type;
        Blocks.putLe(b, 1, joinNonce.value(), 3);
        Blocks.putLe(b, 4, netId.value(), 3);
        Blocks.putLe(b, 7, devNonce.value(), 2);
        return b;
    }

    private static byte[] block11(int type, JoinNonce joinNonce, Eui64 joinEui, DevNonce devNonce) {
        byte[] b = new byte[16];
        b[0] = (byte) type;
        Blocks.putLe(b, 1, joinNonce.value(), 3);
        Blocks.putLe(b, 4, joinEui.value(), 8);
        Blocks.putLe(b, 12, devNonce.value(), 2);
        return b;
    }

    private static byte[] blockJs(int type, Eui64 devEui) {
        byte[] b = new byte[16];
        b[0] = (byte) type;
        Blocks.putLe(b, 1, devEui.value(), 8);
        return b;
    }
}
