// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lorabench.api.orbiwise.OwAlarmCodes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.ServerEvent;
import lorabench.server.mac.MacStateJson;
import lorabench.server.push.CallbackFormatter;
import lorabench.server.push.PushRequest;
import lorabench.server.push.RetryPolicy;
import lorabench.store.Device;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.PushTarget;

/// OrbiWAN's push format (seed §Push Mode Callbacks – Detailed Description and §Push Customization): which server
/// events become which of the topics a target subscribed to, with URL, custom headers and body.
///
/// Events → topics: a data uplink → `payloads_ul` and/or `payloads_ul_early` (the complete one, or the early one
/// when only it is subscribed, decides the stored payload); a device downlink's status change → `payloads_dl`,
/// and when it was sent (the downlink counter moved) also `nodeinfo`; a group downlink's → `multicast`; a
/// DevStatusAns → `status`; a join → `joininfo` `JOIN_ACCEPTED` and `nodeinfo`; a refused join → `joininfo`
/// ([#joinStatus]); the first uplink with the new keys → `JOIN_COMPLETE`; an uplink on the session a join replaced
/// → `JOIN_ABORTED`; a 1.1 join the network made without the AppKey → `join` as a notification (the answer is not
/// used); an uplink refused as `UPLINK_WITHOUT_ADR` → `alarm`. The `join` of a 1.0 device without AppKey is no
/// event push: [OwJoinCallback] calls it while the join waits. `location` has no server event and is never sent.
public final class OwCallbackFormatter implements CallbackFormatter {
    /// Entries of each memo below at most; beyond, it is emptied and fills again.
    private static final int MEMO = 10_000;

    private final OwPushLookups lookups;
    /// The session id of each device's last DevAddr: a name-based UUID is an MD5, computed per uplink otherwise.
    private final ConcurrentHashMap<Eui64, Session> sessions = new ConcurrentHashMap<>();
    /// The URL of each host, port, path prefix without variables and topic: it depends on nothing else.
    private final ConcurrentHashMap<String, URI> urls = new ConcurrentHashMap<>();

    private record Session(DevAddr devAddr, String id) {}

    public OwCallbackFormatter(OwPushLookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public List<PushRequest> format(ServerEvent event, PushTarget target, boolean live) {
        Set<OwTopic> topics = OwPushSettings.subscription(target);
        OwDataFormat format = OwDataFormat.of(target.dataFormat()).orElse(OwDataFormat.BASE64);
        List<PushRequest> out = new ArrayList<>();
        switch (event) {
            case ServerEvent.UplinkReceived u -> uplink(u, target, topics, format, live, out);
            case ServerEvent.DownlinkStatusChanged d -> downlink(d, target, topics, format, out);
            case ServerEvent.MacExchange m -> {
                if (m.command().equals("DevStatusAns") && m.direction() == lorabench.lorawan.types.Direction.UPLINK
                        && topics.contains(OwTopic.STATUS)) {
                    lookups.sessions().find(m.devEui()).map(s -> MacStateJson.read(s.macState()))
                            .flatMap(ms -> ms.devStatus()).ifPresent(st -> add(out, target, OwTopic.STATUS,
                                    m.devEui(), OwBodies.status(m.devEui(), st.battery(), st.margin(),
                                            st.receivedAt()), OptionalLong.empty()));
                }
            }
            case ServerEvent.JoinAccepted j -> {
                if (topics.contains(OwTopic.JOININFO)) {
                    add(out, target, OwTopic.JOININFO, j.devEui(), OwBodies.joininfo(j.devEui(), j.joinEui(),
                            "JOIN_ACCEPTED", Optional.of(OwBodies.sessionId(j.devEui(), j.devAddr()))),
                            OptionalLong.empty());
                }
                nodeinfo(j.devEui(), target, topics, out);
            }
            case ServerEvent.JoinRejected j -> joinStatus(j.reason()).filter(x -> topics.contains(OwTopic.JOININFO))
                    .ifPresent(status -> add(out, target, OwTopic.JOININFO, j.devEui(), OwBodies.joininfo(j.devEui(),
                            j.joinEui(), status, Optional.empty()), OptionalLong.empty()));
            case ServerEvent.JoinForwarded j -> {
                if (topics.contains(OwTopic.JOIN)) {
                    add(out, target, OwTopic.JOIN, j.devEui(), OwBodies.join(j.devEui(), j.joinEui(), j.request(),
                            j.clearJoinAccept(), OwBodies.sessionId(j.devEui(), j.devAddr())), OptionalLong.empty());
                }
            }
            case ServerEvent.JoinCompleted j -> joininfo(j.devEui(), j.devAddr(), "JOIN_COMPLETE", target, topics,
                    out);
            case ServerEvent.JoinAborted j -> joininfo(j.devEui(), j.devAddr(), "JOIN_ABORTED", target, topics, out);
            case ServerEvent.DownlinkTransmitted t -> { }
            case ServerEvent.GatewayConnected g -> { }
            case ServerEvent.GatewayStatsReported g -> { }
            case ServerEvent.FrameRejected f -> { }
            case ServerEvent.UplinkRefused r -> {
                if (r.code().equals(OwAlarmCodes.UPLINK_WITHOUT_ADR) && topics.contains(OwTopic.ALARM)) {
                    Optional<String> owner = lookups.devices().find(r.devEui()).flatMap(Device::ownerAccountId)
                            .flatMap(lookups.accounts()::find).map(lorabench.store.Account::username);
                    add(out, target, OwTopic.ALARM, r.devEui(), OwBodies.alarm(r.at(), r.code(), r.devEui(),
                            r.receptions().stream().findFirst().map(x -> x.gateway()), owner,
                            "uplink " + r.fCnt32() + " received without the ADR bit; the connectivity profile has"
                                    + " allow_non_adr = false: the uplink is neither forwarded nor stored"),
                            OptionalLong.empty());
                }
            }
        }
        return out;
    }

    /// {@return the `join_status` of a refused join} (OW-F-07): the MIC → `JOIN_FAILURE_BAD_MIC`; no source for the
    /// AppKey (no application answered in time, or usably) or the application refused the device →
    /// `JOIN_NOT_PROCESSED`; other refusals (unknown device, DevNonce replay…) have no status and are not sent
    static Optional<String> joinStatus(ServerEvent.JoinRejectReason reason) {
        return switch (reason) {
            case BAD_MIC -> Optional.of("JOIN_FAILURE_BAD_MIC");
            case NO_KEY_SOURCE, APPLICATION_REFUSED -> Optional.of("JOIN_NOT_PROCESSED");
            case UNKNOWN_DEVEUI, NOT_OTAA, JOINEUI_MISMATCH, DEVNONCE_REPLAY, REJOIN_REPLAY, NO_SESSION,
                    STORE_FAILED -> Optional.empty();
        };
    }

    private void joininfo(Eui64 devEui, lorabench.lorawan.types.DevAddr devAddr, String status, PushTarget target,
            Set<OwTopic> topics, List<PushRequest> out) {
        if (topics.contains(OwTopic.JOININFO)) {
            lookups.devices().find(devEui).flatMap(Device::joinEui).ifPresent(joinEui -> add(out, target,
                    OwTopic.JOININFO, devEui, OwBodies.joininfo(devEui, joinEui, status,
                            Optional.of(OwBodies.sessionId(devEui, devAddr))), OptionalLong.empty()));
        }
    }

    private void uplink(ServerEvent.UplinkReceived u, PushTarget target, Set<OwTopic> topics, OwDataFormat format,
            boolean live, List<PushRequest> out) {
        boolean complete = topics.contains(OwTopic.PAYLOADS_UL);
        boolean early = topics.contains(OwTopic.PAYLOADS_UL_EARLY) && live;
        if (!complete && !topics.contains(OwTopic.PAYLOADS_UL_EARLY)) {
            return;
        }
        Optional<Device> device = lookups.cache().device(u.devEui());
        String session = sessionId(u.devEui(), u.devAddr());
        Optional<JsonNode> decoded = lookups.decode(u, device);
        boolean gtwInfo = lookups.cache().account(target.accountId())
                .map(a -> a.has("can_access_gtw_info") || a.has("is_admin")).orElse(false);
        OptionalLong stored = OptionalLong.of(u.uplinkId());
        if (early) {
            add(out, target, OwTopic.PAYLOADS_UL_EARLY, u.devEui(), body(format, OwBodies.uplink(u, true, live,
                    format, decoded, session, false, device), decoded), complete ? OptionalLong.empty() : stored);
        }
        if (complete || !early) {
            add(out, target, OwTopic.PAYLOADS_UL, u.devEui(), body(format, OwBodies.uplink(u, false, live, format,
                    decoded, session, gtwInfo, device), decoded), stored);
        }
    }

    private String sessionId(Eui64 devEui, DevAddr devAddr) {
        Session s = sessions.get(devEui);
        if (s == null || !s.devAddr().equals(devAddr)) {
            s = new Session(devAddr, OwBodies.sessionId(devEui, devAddr));
            if (sessions.size() >= MEMO) {
                sessions.clear();
            }
            sessions.put(devEui, s);
        }
        return s.id();
    }

    private URI url(JsonNode settings, OwTopic topic, Map<String, String> vars) {
        String host = settings.path("host").asText();
        int port = settings.path("port").asInt(0);
        String prefix = settings.path("path_prefix").asText("");
        if (prefix.indexOf('$') >= 0) {
            return OwUrlTemplate.resolve(host, port, prefix, topic, vars);
        }
        String key = host + '\n' + port + '\n' + prefix + '\n' + topic.name();
        URI u = urls.get(key);
        if (u == null) {
            u = OwUrlTemplate.resolve(host, port, prefix, topic, vars);
            if (urls.size() >= MEMO) {
                urls.clear();
            }
            urls.put(key, u);
        }
        return u;
    }

    /// `decoded_json` replaces the uplink body by its `decoded` object, or `{}` (OW-J-05).
    private static JsonNode body(OwDataFormat format, ObjectNode full, Optional<JsonNode> decoded) {
        return format == OwDataFormat.DECODED_JSON
                ? decoded.orElseGet(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance::objectNode) : full;
    }

    private void downlink(ServerEvent.DownlinkStatusChanged d, PushTarget target, Set<OwTopic> topics,
            OwDataFormat format, List<PushRequest> out) {
        var stored = lookups.downlinks().find(d.downlinkId());
        if (stored.isEmpty()) {
            return;
        }
        var dl = stored.get().withStatus(d.to());
        switch (d.target()) {
            case DownlinkTarget.Device(Eui64 devEui) -> {
                if (topics.contains(OwTopic.PAYLOADS_DL)) {
                    String session = lookups.sessions().find(devEui)
                            .map(x -> OwBodies.sessionId(devEui, x.devAddr())).orElse("");
                    add(out, target, OwTopic.PAYLOADS_DL, devEui, OwBodies.downlink(devEui, dl, session),
                            OptionalLong.empty());
                }
                if (d.to() == DownlinkStatus.SENT) {
                    nodeinfo(devEui, target, topics, out);
                }
            }
            case DownlinkTarget.Group(String groupId) -> {
                if (topics.contains(OwTopic.MULTICAST)) {
                    add(out, target, OwTopic.MULTICAST, null, OwBodies.multicast(groupId, dl), OptionalLong.empty());
                }
            }
        }
    }

    private void nodeinfo(Eui64 devEui, PushTarget target, Set<OwTopic> topics, List<PushRequest> out) {
        if (topics.contains(OwTopic.NODEINFO)) {
            lookups.devices().find(devEui).ifPresent(d -> add(out, target, OwTopic.NODEINFO, devEui,
                    OwBodies.nodeinfo(d, lookups.sessions().find(devEui)), OptionalLong.empty()));
        }
    }

    private void add(List<PushRequest> out, PushTarget target, OwTopic topic, Eui64 devEui, JsonNode body,
            OptionalLong stored) {
        OwPushLookups.Substitution sub = lookups.substitution(target, Optional.ofNullable(devEui));
        JsonNode s = target.settings();
        out.add(new PushRequest(topic.wireName(), topic.method(), url(s, topic, sub.vars()),
                sub.headers(topic), body.toString(), Optional.ofNullable(devEui), stored));
    }

    @Override
    public PushRequest testRequest(PushTarget target) {
        var probe = new ServerEvent.UplinkReceived(lookups.clock().instant(), 0, new Eui64(0),
                new lorabench.lorawan.types.DevAddr(0), 0, Optional.of(1), lorabench.lorawan.types.Bytes.EMPTY,
                false, -1, List.of(), lorabench.lorawan.types.Bytes.EMPTY);
        OwDataFormat format = OwDataFormat.of(target.dataFormat()).orElse(OwDataFormat.BASE64);
        List<PushRequest> out = new ArrayList<>();
        add(out, target, OwTopic.PAYLOADS_UL, null, body(format, OwBodies.uplink(probe, false, false, format,
                Optional.empty(), OwBodies.sessionId(probe.devEui(), probe.devAddr()),
                false, Optional.empty()), Optional.empty()), OptionalLong.empty());
        return out.getFirst();
    }

    @Override
    public RetryPolicy retryPolicy(PushTarget target) {
        return target.settings().path("retry_policy").asInt(0) == 1 ? RetryPolicy.BACKOFF : RetryPolicy.NONE;
    }
}
