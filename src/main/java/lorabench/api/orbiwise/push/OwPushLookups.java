// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import lorabench.api.orbiwise.decoder.DecoderInput;
import lorabench.api.orbiwise.decoder.DecoderService;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.ServerEvent;
import lorabench.server.profile.ProfileService;
import lorabench.server.profile.ProfileUsage;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.DownlinkRepository;
import lorabench.store.ProfileRepository;

/// What the OrbiWAN formatter reads from the store: devices, sessions, downlinks, accounts and their tags, and the
/// device profile's payload decoder. The devices and accounts of every uplink push come from an [OwPushCache]
/// kept coherent by the store's change notices; [#close] stops it.
public final class OwPushLookups implements AutoCloseable {
    /// Headers a `push_header_` tag may not set (OW-J-04: standard protocol headers).
    static final Set<String> STANDARD_HEADERS = Set.of("accept", "accept-encoding", "authorization", "connection",
            "content-length", "content-type", "expect", "host", "te", "transfer-encoding", "upgrade", "via", "date");
    private static final String HEADER_TAG = "push_header_";

    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final DownlinkRepository downlinks;
    private final AccountRepository accounts;
    private final ProfileService profiles;
    private final DecoderService decoders;
    private final InstantSource clock;
    private final OwPushCache cache;

    public OwPushLookups(Database db, DecoderService decoders) {
        this.devices = new DeviceRepository(db);
        this.sessions = new DeviceSessionRepository(db);
        this.downlinks = new DownlinkRepository(db);
        this.accounts = new AccountRepository(db);
        this.profiles = new ProfileService(new ProfileRepository(db), ProfileUsage.devices(devices));
        this.decoders = decoders;
        this.clock = db.clock();
        this.cache = new OwPushCache(db);
    }

    /// {@return the cached devices and accounts}
    OwPushCache cache() {
        return cache;
    }

    /// Stops the cache listening to the store's notices.
    @Override
    public void close() {
        cache.close();
    }

    DeviceRepository devices() {
        return devices;
    }

    DeviceSessionRepository sessions() {
        return sessions;
    }

    DownlinkRepository downlinks() {
        return downlinks;
    }

    AccountRepository accounts() {
        return accounts;
    }

    InstantSource clock() {
        return clock;
    }

    /// {@return the uplink decoded by the decoder of the device's profile}, when it has one and it succeeds
    Optional<JsonNode> decode(ServerEvent.UplinkReceived u, Optional<Device> device) {
        if (device.isEmpty() || u.fPort().isEmpty() || u.fPort().get() == 0
                || lorabench.api.orbiwise.OwKeySchemes.applicationEncrypts(device.get())) {
            return Optional.empty();
        }
        return device.get().deviceProfile().flatMap(profiles::effectiveDecoder).flatMap(source -> {
            var best = u.receptions().stream().findFirst();
            DecoderInput in = new DecoderInput(u.payload(), u.fPort().get(), u.devAddr(), u.fCnt32(),
                    best.map(r -> OptionalDouble.of(r.frequencyHz() / 1e6)).orElse(OptionalDouble.empty()),
                    best.map(r -> OptionalDouble.of(r.rssi())).orElse(OptionalDouble.empty()),
                    best.map(r -> OptionalDouble.of(r.snr())).orElse(OptionalDouble.empty()), device.get().tags());
            return decoders.decode(source, in);
        });
    }

    /// The substitution variables of a push and its custom headers.
    record Substitution(Map<String, String> vars, Map<String, String> headerTemplates) {
        /// {@return the custom headers} with their values substituted for `topic`
        Map<String, String> headers(OwTopic topic) {
            Map<String, String> out = new LinkedHashMap<>();
            headerTemplates.forEach((k, v) -> out.put(k, OwUrlTemplate.expand(v, vars, topic)));
            return out;
        }
    }

    /// {@return the variables and headers} of a push by `target` about `devEui` (OW-J-02 … OW-J-04): `DevEUI`,
    /// `devaddr`, `devtags.*` from the device, `usertags.*` from the owning user account (also when an application
    /// sub-account pushes); `push_header_*` tags from the owning account, then the application sub-account, then
    /// the device, a later holder winning (AMB-OW-36)
    Substitution substitution(lorabench.store.PushTarget target, Optional<Eui64> devEui) {
        Map<String, String> vars = new HashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        Optional<Account> pusher = cache.account(target.accountId());
        Optional<Account> owner = pusher.flatMap(a -> a.kind() == AccountKind.APPLICATION
                ? a.parentId().flatMap(cache::account) : Optional.of(a));
        Optional<Device> device = devEui.flatMap(cache::device);
        devEui.ifPresent(e -> vars.put("DevEUI", e.toString()));
        device.flatMap(Device::devAddr).ifPresent(a -> vars.put("devaddr", a.toString()));
        device.ifPresent(d -> d.tags().forEach((k, v) -> vars.put("devtags." + k, v)));
        owner.ifPresent(o -> o.tags().forEach((k, v) -> vars.put("usertags." + k, v)));
        owner.ifPresent(o -> headerTags(o.tags(), headers));
        pusher.filter(a -> a.kind() == AccountKind.APPLICATION).ifPresent(a -> headerTags(a.tags(), headers));
        device.ifPresent(d -> headerTags(d.tags(), headers));
        return new Substitution(vars, headers);
    }

    private static void headerTags(Map<String, String> tags, Map<String, String> into) {
        tags.forEach((k, v) -> {
            if (k.startsWith(HEADER_TAG) && k.length() > HEADER_TAG.length()) {
                String name = k.substring(HEADER_TAG.length());
                if (!STANDARD_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    into.put(name, v);
                }
            }
        });
    }
}
