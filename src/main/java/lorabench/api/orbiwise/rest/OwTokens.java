// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/// OAuth2 tokens of the OrbiWAN API (seed §OAuth Authentication): HS256 JWTs with the seed's claims (`client_id`,
/// `expiry_time`, `rights_mask`, `token_id`, `userid`, `iat`, `exp`), an access token valid 43200 s and a refresh
/// token without `exp` that can only renew. Tokens live in memory under a key made at start-up, so a restart
/// invalidates them all (decision 0011); a renewal revokes the pair it replaces.
final class OwTokens {
    static final Duration ACCESS_TTL = Duration.ofSeconds(43_200);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /// What a token stands for.
    record Grant(long accountId, String tokenId, boolean refresh, Optional<Instant> expires) {}

    /// The answer of a token request.
    record Pair(String accessToken, String refreshToken, String jti) {}

    private final ObjectMapper json;
    private final InstantSource clock;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Grant> tokens = new ConcurrentHashMap<>();

    OwTokens(ObjectMapper json, InstantSource clock) {
        this.json = json;
        this.clock = clock;
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    /// Issues a new access and refresh token for the account.
    Pair issue(long accountId, String userid, String clientId) {
        String jti = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Instant exp = now.plus(ACCESS_TTL);
        String access = jwt(userid, clientId, jti, now, Optional.of(exp));
        String refresh = jwt(userid, clientId, jti, now, Optional.empty());
        tokens.put(access, new Grant(accountId, jti, false, Optional.of(exp)));
        tokens.put(refresh, new Grant(accountId, jti, true, Optional.empty()));
        return new Pair(access, refresh, jti);
    }

    /// {@return the account an unexpired access token authenticates}
    Optional<Long> authenticate(String token) {
        Grant g = tokens.get(token);
        if (g == null || g.refresh() || g.expires().map(e -> !clock.instant().isBefore(e)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(g.accountId());
    }

    /// Consumes a refresh token: {@return its grant}, and revokes the pair it belongs to
    Optional<Grant> redeem(String refreshToken) {
        Grant g = tokens.get(refreshToken);
        if (g == null || !g.refresh()) {
            return Optional.empty();
        }
        tokens.values().removeIf(t -> t.tokenId().equals(g.tokenId()));
        return Optional.of(g);
    }

    /// Revokes every token of the account (deleted accounts).
    void revokeAll(long accountId) {
        tokens.values().removeIf(t -> t.accountId() == accountId);
    }

    private String jwt(String userid, String clientId, String jti, Instant iat, Optional<Instant> exp) {
        ObjectNode header = json.createObjectNode().put("alg", "HS256").put("typ", "JWT");
        ObjectNode claims = json.createObjectNode();
        claims.put("client_id", clientId);
        exp.ifPresent(e -> claims.put("expiry_time", OwFormat.time(e)));
        claims.put("rights_mask", 0);
        claims.put("token_id", jti);
        claims.put("userid", userid);
        claims.put("iat", iat.getEpochSecond());
        exp.ifPresent(e -> claims.put("exp", e.getEpochSecond()));
        String body = B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return body + "." + B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java SE runtime", e);
        }
    }
}
