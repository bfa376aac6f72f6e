// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import lorabench.api.orbiwise.OwJson;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.ServerEvent.JoinRejectReason;
import lorabench.server.join.ApplicationJoin;
import lorabench.server.push.PushEngine;
import lorabench.server.push.PushRequest;
import lorabench.store.PushTarget;

/// OrbiWAN's join callback (seed 004 §Join Callback, OW-F-06): `PUT {app}[url-prefix]/rest/callback/join` with
/// `{"DevEUI", "appeui", "join_request" (base64 PHYPayload), "join_accept" (base64 clear join-accept, see
/// [ApplicationJoin.Request]), "session_id"}` to every push target of the device's owner and assigned applications
/// that subscribes to `join`. The first answer 200 with `{"join_accept" (base64, encrypted), "nwkskey" (hex)}`
/// (and, when given, the device's `DevEUI`) joins the device; 406 refuses the MIC, 403 the device; anything else,
/// or no answer within [#DEADLINE] ("< 3 seconds"), counts as no source for the AppKey.
///
/// Decision: the callback is not a queued push. A join-request waits for its answer inside the device's
/// JOIN_ACCEPT_DELAY1, so the request goes out at once through [PushEngine#exchange] (the JDK client's own
/// asynchronous send, bounded by the deadline), beside the targets' queues, and is written to the same delivery
/// log. There is no pull mode for joins (seed L1558): with no push target, the join is refused at once.
public final class OwJoinCallback implements ApplicationJoin {
    /// How long the application has to answer (seed L1560).
    public static final Duration DEADLINE = Duration.ofSeconds(3);

    private final PushEngine engine;
    private final OwRecipients recipients;
    private final OwPushLookups lookups;
    private final Duration deadline;

    public OwJoinCallback(PushEngine engine, OwRecipients recipients, OwPushLookups lookups, Duration deadline) {
        this.engine = engine;
        this.recipients = recipients;
        this.lookups = lookups;
        this.deadline = deadline;
    }

    @Override
    public CompletableFuture<Answer> answer(Request request) {
        Eui64 devEui = request.device().devEui();
        List<PushTarget> targets = recipients.accountsFor(request.device()).stream()
                .flatMap(a -> engine.activeTargets(a).stream())
                .filter(t -> OwPushSettings.subscription(t).contains(OwTopic.JOIN)).toList();
        if (targets.isEmpty()) {
            return CompletableFuture.completedFuture(new Answer.Refused(JoinRejectReason.NO_KEY_SOURCE,
                    "no push target takes the join callback of " + devEui + " (there is no pull mode for joins)"));
        }
        String body = body(request).toString();
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        CompletableFuture<Answer> first = new CompletableFuture<>();
        for (PushTarget t : targets) {
            CompletableFuture<Answer> a = engine.exchange(t, request(t, devEui, body), deadline)
                    .thenApply(x -> read(devEui, x));
            a.thenAccept(x -> {
                if (x instanceof Answer.Accepted) {
                    first.complete(x);
                }
            });
            answers.add(a);
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .thenRun(() -> first.complete(refusal(answers.stream().map(CompletableFuture::join).toList())));
        return first;
    }

    private static ObjectNode body(Request r) {
        Eui64 devEui = r.device().devEui();
        return OwBodies.join(devEui, r.device().joinEui().orElseThrow(), r.joinRequest(), r.clearJoinAccept(),
                OwBodies.sessionId(devEui, r.devAddr()));
    }

    private PushRequest request(PushTarget t, Eui64 devEui, String body) {
        OwPushLookups.Substitution sub = lookups.substitution(t, Optional.of(devEui));
        JsonNode s = t.settings();
        return new PushRequest(OwTopic.JOIN.wireName(), OwTopic.JOIN.method(),
                OwUrlTemplate.resolve(s.path("host").asText(), s.path("port").asInt(0),
                        s.path("path_prefix").asText(""), OwTopic.JOIN, sub.vars()),
                sub.headers(OwTopic.JOIN), body, Optional.of(devEui), OptionalLong.empty());
    }

    /// {@return what one application's answer means} (seed: 200 / 403 / 406)
    static Answer read(Eui64 devEui, PushEngine.Answer a) {
        String url = a.delivery().url();
        if (a.delivery().status().isEmpty()) {
            return new Answer.Refused(JoinRejectReason.NO_KEY_SOURCE, "join callback " + url + ": "
                    + a.delivery().error().orElse("no answer"));
        }
        int status = a.delivery().status().getAsInt();
        return switch (status) {
            case 200 -> accepted(devEui, url, a.body().orElse(""));
            case 403 -> new Answer.Refused(JoinRejectReason.APPLICATION_REFUSED, "join callback " + url
                    + " answered 403: the application does not let " + devEui + " join");
            case 406 -> new Answer.Refused(JoinRejectReason.BAD_MIC, "join callback " + url
                    + " answered 406: the application found the MIC wrong");
            default -> new Answer.Refused(JoinRejectReason.NO_KEY_SOURCE, "join callback " + url + " answered "
                    + status);
        };
    }

    private static Answer accepted(Eui64 devEui, String url, String body) {
        try {
            JsonNode o = OwJson.read(body);
            if (o == null || !o.isObject()) {
                throw new IllegalArgumentException("the body is not a JSON object");
            }
            JsonNode eui = o.get("DevEUI");
            if (eui != null && !eui.isNull() && !Eui64.parse(eui.asText()).equals(devEui)) {
                throw new IllegalArgumentException("DevEUI " + eui.asText() + " is not " + devEui);
            }
            Bytes joinAccept = Bytes.wrap(Base64.getDecoder().decode(o.path("join_accept").asText("")));
            if (joinAccept.isEmpty()) {
                throw new IllegalArgumentException("join_accept is missing");
            }
            AesKey nwkSKey = AesKey.parse(o.path("nwkskey").asText(""));
            return new Answer.Accepted(joinAccept, nwkSKey);
        } catch (java.io.IOException | RuntimeException e) {
            return new Answer.Refused(JoinRejectReason.NO_KEY_SOURCE, "join callback " + url
                    + " answered 200 without a usable body: " + e.getMessage());
        }
    }

    /// {@return the refusal to report when no application accepted}: a MIC verdict first, then a refusal, then
    /// the lack of an answer, with every application's reason
    private static Answer refusal(List<Answer> all) {
        List<Answer.Refused> refused = all.stream().filter(Answer.Refused.class::isInstance)
                .map(Answer.Refused.class::cast).toList();
        JoinRejectReason reason = refused.stream().anyMatch(r -> r.reason() == JoinRejectReason.BAD_MIC)
                ? JoinRejectReason.BAD_MIC
                : refused.stream().anyMatch(r -> r.reason() == JoinRejectReason.APPLICATION_REFUSED)
                        ? JoinRejectReason.APPLICATION_REFUSED : JoinRejectReason.NO_KEY_SOURCE;
        return new Answer.Refused(reason, String.join("; ", refused.stream().map(Answer.Refused::detail).toList()));
    }
}
