// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

/// Which derivation the keys lab shows (LoRaWAN L2 1.0.4 §6.2.5; L2 1.1 §6.1.2, §6.2.3).
public enum KeyVersion {
    /// NwkSKey and AppSKey from AppKey, with NetID in the block.
    V1_0("LoRaWAN 1.0.x"),
    /// Four session keys (AppSKey from AppKey, the rest from NwkKey) with JoinEUI in the block, plus JSIntKey and
    /// JSEncKey from NwkKey and DevEUI.
    V1_1("LoRaWAN 1.1"),
    /// A 1.1 device answered by a 1.0 network: the 1.0 blocks, all keys from NwkKey.
    V1_1_OPT_NEG_UNSET("LoRaWAN 1.1, OptNeg unset");

    private final String label;

    KeyVersion(String label) {
        this.label = label;
    }

    /// {@return whether `field` takes part in this derivation}
    public boolean uses(KeyField field) {
        return switch (field) {
            case APP_KEY -> this != V1_1_OPT_NEG_UNSET;
            case NWK_KEY, DEV_EUI -> this != V1_0;
            case NET_ID -> this != V1_1;
            case JOIN_EUI -> this == V1_1;
            case JOIN_NONCE, DEV_NONCE -> true;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
