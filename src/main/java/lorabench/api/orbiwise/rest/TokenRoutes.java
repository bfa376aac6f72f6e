// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import lorabench.store.Account;
import lorabench.store.AccountKind;

/// `POST /rest/oauth2/token` (password and refresh_token grants, parameters in the query or in a form body) and
/// `POST /rest/applications/{application-id}/oauth2/token` (seed §OAuth Authentication).
final class TokenRoutes {
    private static final String MISSING = "Something is wrong or missing in the request";

    private final OwServices s;
    private final OwAuth auth;

    TokenRoutes(OwServices s, OwAuth auth) {
        this.s = s;
        this.auth = auth;
    }

    void register(RoutesConfig r) {
        r.post("/rest/oauth2/token", this::token);
        r.post("/rest/applications/{app}/oauth2/token", this::applicationToken);
    }

    private void token(Context ctx) {
        String grant = param(ctx, "grant_type").orElseThrow(() -> new OwError(400, "Bad request", MISSING));
        switch (grant) {
            case "password" -> {
                String user = param(ctx, "username").orElseThrow(() -> new OwError(401, "Unauthorized",
                        "invalid or missing username/password"));
                String pw = param(ctx, "password").orElseThrow(() -> new OwError(401, "Unauthorized",
                        "invalid or missing username/password"));
                Account a = auth.login(user, pw).orElseThrow(() -> new OwError(401, "Unauthorized",
                        "invalid or missing username/password"));
                answer(ctx, a, param(ctx, "client_id").orElse(""));
            }
            case "refresh_token" -> {
                String token = param(ctx, "refresh_token").orElseThrow(() -> new OwError(400, "Bad request",
                        MISSING));
                OwTokens.Grant g = s.tokens().redeem(token).orElseThrow(() -> new OwError(401, "Unauthorized",
                        "the refresh_token is expired or not valid"));
                Account a = s.accounts().find(g.accountId()).orElseThrow(() -> new OwError(401, "Unauthorized",
                        "the refresh_token is expired or not valid"));
                answer(ctx, a, "");
            }
            default -> throw new OwError(400, "Bad request", MISSING + ": unknown grant_type '" + grant + "'");
        }
    }

    private void applicationToken(Context ctx) {
        Account caller = OwAuth.account(ctx);
        String app = ctx.pathParam("app");
        Account a = s.accounts().children(caller.id()).stream()
                .filter(c -> c.kind() == AccountKind.APPLICATION && app.equals(OwAccountView.accountId(c)))
                .findFirst().orElseThrow(() -> new OwError(400, "Bad request", MISSING + ": no application '"
                        + app + "' of this account"));
        answer(ctx, a, "");
    }

    private void answer(Context ctx, Account a, String clientId) {
        OwTokens.Pair p = s.tokens().issue(a.id(), a.username(), clientId);
        ObjectNode out = s.json().createObjectNode();
        out.put("access_token", p.accessToken());
        out.put("expires_in", OwTokens.ACCESS_TTL.toSeconds());
        out.put("jti", p.jti());
        out.put("refresh_token", p.refreshToken());
        out.put("scope", "openid");
        out.put("token_type", "bearer");
        OwReply.json(ctx, out);
    }

    /// {@return a parameter from the query or the form body}
    private static Optional<String> param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            String type = ctx.contentType();
            if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
                v = ctx.formParam(name);
            }
        }
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
