// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lorabench.server.push.PushDelivery;

/// The push log of `GET /rest/pushmode/log` and its level (OW-G-06 … OW-G-08): failed HTTP pushes always appear as
/// `ErrorPush`; successful ones appear as `Push` while the account's level is `info` (which falls back to `error`
/// after `duration_in_hours`, default 24, at most one week unless administrator). `txt` holds method, resolved URL
/// (AMB-OW-35), status or error, and latency.
final class OwPushLog {
    static final Duration DEFAULT_DURATION = Duration.ofHours(24);
    static final Duration MAX_DURATION = Duration.ofDays(7);

    private final Map<Long, Instant> infoUntil = new ConcurrentHashMap<>();

    void setInfo(long accountId, Instant until) {
        infoUntil.put(accountId, until);
    }

    void setError(long accountId) {
        infoUntil.remove(accountId);
    }

    /// {@return until when the account logs at `info`}, empty at the default `error` level
    Optional<Instant> infoUntil(long accountId, Instant now) {
        return Optional.ofNullable(infoUntil.get(accountId)).filter(now::isBefore);
    }

    ObjectNode level(long accountId, Instant now) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        Optional<Instant> until = infoUntil(accountId, now);
        o.put("log_level", until.isPresent() ? "info" : "error");
        until.ifPresent(u -> o.put("until", OwBodies.time(u)));
        return o;
    }

    /// Appends `d` to `out` when the level of `logOwner` lets it through. `app` names the sub-account pushed for.
    void append(ArrayNode out, PushDelivery d, long logOwner, Optional<String> app) {
        boolean failed = d.outcome() == PushDelivery.Outcome.FAILED;
        Instant until = infoUntil.get(logOwner);
        if (!failed && (until == null || !d.at().isBefore(until))) {
            return;
        }
        ObjectNode o = out.addObject();
        o.put("evt", failed ? "ErrorPush" : "Push");
        o.put("ts", OwBodies.time(d.at()));
        d.devEui().ifPresent(e -> o.put("DevEUI", e.toString()));
        app.ifPresent(a -> o.put("app", a));
        String answer = d.status().isPresent() ? "HTTP " + d.status().getAsInt() : d.error().orElse("no answer");
        o.put("txt", d.topic() + ": " + d.method() + " " + d.url() + " -> " + answer + " in "
                + d.latency().toMillis() + " ms" + (d.kind() == PushDelivery.Kind.LIVE ? ""
                : " (" + d.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"));
    }
}
