// SPDX-License-Identifier: Apache-2.0
package lorabench.api.http;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import lorabench.server.account.Authenticator;
import lorabench.store.Account;

/// HTTP Basic authentication (RFC 7617) of `/api/*` requests: a missing or wrong `Authorization` header is answered
/// 401 with `WWW-Authenticate: Basic realm="LoRaBench", charset="UTF-8"`; a good one puts the [Account] in the
/// request attribute [HttpServer#ACCOUNT].
final class BasicAuth {
    static final String CHALLENGE = "Basic realm=\"LoRaBench\", charset=\"UTF-8\"";

    private final Authenticator authenticator;
    private final List<String> exempt;

    BasicAuth(Authenticator authenticator, List<String> exempt) {
        this.authenticator = authenticator;
        this.exempt = List.copyOf(exempt);
    }

    void check(Context ctx) {
        String path = ctx.path();
        if (exempt.stream().anyMatch(path::startsWith)) {
            return;
        }
        Optional<Account> account = credentials(ctx.header("Authorization"))
                .flatMap(c -> authenticator.authenticate(c[0], c[1].toCharArray()));
        if (account.isEmpty()) {
            ctx.header("WWW-Authenticate", CHALLENGE);
            throw new UnauthorizedResponse("valid credentials are required (HTTP Basic)");
        }
        ctx.attribute(HttpServer.ACCOUNT, account.get());
    }

    /// {@return the username and password of a Basic `Authorization` header}, empty when absent or malformed
    static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }
}
