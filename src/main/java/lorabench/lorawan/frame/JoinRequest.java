// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;

/// A join-request: MHDR | JoinEUI | DevEUI | DevNonce | MIC, 23 bytes (LoRaWAN L2 1.0.4 §6.2.4).
public record JoinRequest(MHdr mHdr, Eui64 joinEui, Eui64 devEui, DevNonce devNonce, Bytes mic)
        implements PhyPayload {
    public static final int SIZE = 23;

    public JoinRequest {
        Checks.mHdr(mHdr, MType.JOIN_REQUEST);
        Objects.requireNonNull(joinEui, "joinEui");
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(devNonce, "devNonce");
        Checks.mic(mic);
    }

    public JoinRequest withMic(Bytes newMic) {
        return new JoinRequest(mHdr, joinEui, devEui, devNonce, newMic);
    }
}
