// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

/// The inputs of a session-key derivation, with their size in bytes (for "generate random").
public enum KeyField {
    APP_KEY("AppKey", 16), NWK_KEY("NwkKey", 16), JOIN_NONCE("JoinNonce", 3), NET_ID("NetID", 3),
    DEV_NONCE("DevNonce", 2), JOIN_EUI("JoinEUI", 8), DEV_EUI("DevEUI", 8);

    private final String specName;
    private final int size;

    KeyField(String specName, int size) {
        this.specName = specName;
        this.size = size;
    }

    public String specName() {
        return specName;
    }

    public int size() {
        return size;
    }
}
