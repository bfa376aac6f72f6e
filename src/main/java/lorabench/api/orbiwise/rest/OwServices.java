// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.InstantSource;
import lorabench.api.orbiwise.OrbiwiseSettings;
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
        OwAccess access, OrbiwiseSettings settings) {}
