// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.Objects;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;

/// The session of a multicast group: its McAddr and session keys and the next downlink counter
/// (LoRaWAN Remote Multicast Setup TS005-1.0.0 §4.2; the keys play the NwkSKey/AppSKey roles of a 1.0 session).
public record MulticastSession(DevAddr devAddr, AesKey nwkSKey, AesKey appSKey, long fCntDown) {
    public MulticastSession {
        Objects.requireNonNull(devAddr, "devAddr");
        Objects.requireNonNull(nwkSKey, "nwkSKey");
        Objects.requireNonNull(appSKey, "appSKey");
        if (fCntDown < 0 || fCntDown > Device.MAX_FCNT) {
            throw new IllegalArgumentException("fCntDown must be 0..4294967295, got " + fCntDown);
        }
    }
}
