// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;

/// The OrbiWAN `session_id` (AMB-OW-27: a UUID string): a name-based UUID of the DevEUI and the session's DevAddr,
/// so the pull API (uplinks, downlinks) and the push callbacks give one session the same id. A new join gets a new
/// DevAddr from the allocator, hence a new id.
public final class OwSessionIds {
    private OwSessionIds() {}

    /// {@return the session id of `devEui`'s session on `devAddr`}
    public static String of(Eui64 devEui, DevAddr devAddr) {
        return of(devEui + "/" + devAddr);
    }

    /// {@return the session id of a session key such as `DevEUI/DevAddr` or `group/{id}/{DevAddr}`}
    public static String of(String sessionKey) {
        return UUID.nameUUIDFromBytes(sessionKey.getBytes(StandardCharsets.US_ASCII)).toString();
    }
}
