// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.InstantSource;
import lorabench.api.orbiwise.decoder.DecoderService;
import lorabench.api.orbiwise.profile.OrbiwiseProfileJson;
import lorabench.api.orbiwise.profile.OrbiwiseProfileTypes;
import lorabench.server.NetworkServerRuntime;
import lorabench.server.account.Authenticator;
import lorabench.server.profile.ProfileService;
import lorabench.server.provisioning.DeviceProvisioning;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.GatewayRepository;
import lorabench.store.GroupRepository;
import lorabench.store.PasswordHasher;
import lorabench.store.UplinkRepository;

/// Everything the OrbiWAN routes share: the store's repositories, the running server, the profile and decoder
/// services, the token store, page states and the emulator settings.
record OwServices(Database db, ObjectMapper json, InstantSource clock, NetworkServerRuntime server,
        AccountRepository accounts, DeviceRepository devices, DeviceSessionRepository sessions,
        GroupRepository groups, UplinkRepository uplinks, GatewayRepository gateways, DeviceProvisioning provisioning,
        ProfileService profiles, OrbiwiseProfileTypes profileTypes, OrbiwiseProfileJson profileJson,
        DecoderService decoder, Authenticator authenticator, PasswordHasher hasher, OwTokens tokens, OwPages pages,
        OwAccess access, OwSettings settings) {

    /// The emulator switches of the OrbiWAN API (SEED-CHECKLIST AMB-OW-12, AMB-OW-18).
    /// @param maxSortedResults  above this many devices a non-DevEUI sort answers 413
    /// @param pageStateTtl      how long a page state stays valid (410 afterwards)
    /// @param includeDownlinkData whether downlink objects carry `data`
    /// @param gatewayOnlineWindow a gateway heard within this window has status `OK`
    record OwSettings(int maxSortedResults, Duration pageStateTtl, boolean includeDownlinkData,
            Duration gatewayOnlineWindow) {
        static final OwSettings DEFAULT = new OwSettings(100_000, Duration.ofMinutes(10), false,
                Duration.ofMinutes(2));
    }
}
