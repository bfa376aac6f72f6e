// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import lorabench.store.Account;

import io.javalin.http.Context;

import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import java.time.InstantSource;
import lorabench.api.http.HttpServer;
import lorabench.api.orbiwise.OrbiwiseSettings;
import lorabench.api.orbiwise.OwAccounts;
import lorabench.api.orbiwise.decoder.DecoderService;
import lorabench.api.orbiwise.profile.OrbiwiseProfileJson;
import lorabench.api.orbiwise.profile.OrbiwiseProfileSchemas;
import lorabench.api.orbiwise.profile.OrbiwiseProfileTypes;
import lorabench.server.NetworkServerRuntime;
import lorabench.server.account.Authenticator;
import lorabench.server.profile.ProfileService;
import lorabench.server.profile.ProfileUsage;
import lorabench.server.provisioning.DeviceProvisioning;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.GatewayRepository;
import lorabench.store.GroupRepository;
import lorabench.store.PasswordHasher;
import lorabench.store.ProfileRepository;
import lorabench.store.UplinkRepository;

/// The OrbiWAN REST API (seed 004) on the shared HTTP server: its own authentication on `/rest/*`, the error
/// format, and one route class per resource.
public final class OwRest {
    private final OwServices services;
    private final OwAuth auth;
    private final OwErrors errors;

    private OwRest(OwServices services, OwAuth auth) {
        this.services = services;
        this.auth = auth;
        this.errors = new OwErrors(services.json());
    }

    /// {@return the API over the store `db` and the running `server`}, reading time from `clock`
    public static OwRest create(Database db, InstantSource clock, NetworkServerRuntime server,
            OrbiwiseSettings settings) {
        ObjectMapper json = HttpServer.objectMapper();
        AccountRepository accounts = new AccountRepository(db);
        DeviceRepository devices = new DeviceRepository(db);
        GroupRepository groups = new GroupRepository(db);
        OrbiwiseProfileTypes types = new OrbiwiseProfileTypes(new OrbiwiseProfileSchemas());
        Authenticator authenticator = new Authenticator(db);
        OwTokens tokens = new OwTokens(json, clock);
        ProfileService profiles = new ProfileService(new ProfileRepository(db), ProfileUsage.devices(devices));
        server.uplinkPolicies().add(new OwUplinkPolicy(profiles));
        OwServices s = new OwServices(db, json, clock, server, accounts, devices, new DeviceSessionRepository(db),
                groups, new UplinkRepository(db), new GatewayRepository(db), new DeviceProvisioning(db), profiles,
                types,
                new OrbiwiseProfileJson(types.schemas()), new DecoderService(), authenticator, new PasswordHasher(),
                tokens, new OwPages(clock, settings.pageStateTtl()), new OwAccess(accounts, devices, groups),
                settings);
        return new OwRest(s, new OwAuth(authenticator, accounts, tokens));
    }

    /// {@return who sees which device}
    public OwAccounts accounts() {
        return services.access();
    }

    /// Declares the `/rest/` routes on `cfg`.
    /// {@return the account the shared `/rest/*` authentication (Basic in its three username forms, or a Bearer
    /// token) put on this request}, so the push-mode routes accept exactly the same credentials
    public static Optional<Account> authenticatedAccount(Context ctx) {
        return Optional.ofNullable(ctx.attribute(OwAuth.ATTRIBUTE));
    }

    public void register(JavalinConfig cfg) {
        RoutesConfig r = cfg.routes;
        r.before("/rest/*", auth::check);
        r.exception(OwError.class, (e, ctx) -> errors.write(ctx, e));
        r.after("/rest/pushmode/*", errors::problemIfAsked);
        new TokenRoutes(services, auth).register(r);
        new UsersRoutes(services).register(r);
        new ApplicationRoutes(services).register(r);
        new NodesRoutes(services).register(r);
        new DevStatusRoutes(services).register(r);
        UplinkRoutes uplinks = new UplinkRoutes(services);
        uplinks.register(r);
        new DownlinkRoutes(services, uplinks).register(r);
        new GroupRoutes(services).register(r);
        new GatewayRoutes(services).register(r);
        new ProfileRoutes(services).register(r);
    }
}
