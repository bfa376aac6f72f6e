// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import lorabench.server.account.Authenticator;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.AccountRepository;

/// HTTP Basic (RFC 7617) against the stored accounts, the minimal [PushAuth]: OrbiWAN "use[s] the basic
/// authentication scheme" for every request (seed §Authentication). An application id names a child account of the
/// caller by [OwRecipients#applicationId].
public final class BasicPushAuth implements PushAuth {
    private final Authenticator authenticator;
    private final AccountRepository accounts;

    public BasicPushAuth(Authenticator authenticator, AccountRepository accounts) {
        this.authenticator = authenticator;
        this.accounts = accounts;
    }

    @Override
    public Optional<Account> authenticate(Context ctx) {
        // Behind the OrbiWAN REST API's own /rest/* check (Basic forms and Bearer tokens), use its verdict.
        Optional<Account> shared = lorabench.api.orbiwise.rest.OwRest.authenticatedAccount(ctx);
        if (shared.isPresent()) {
            return shared;
        }
        String header = ctx.header("Authorization");
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
        if (colon < 0) {
            return Optional.empty();
        }
        return authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
    }

    @Override
    public Optional<Account> application(Account owner, String applicationId) {
        return accounts.children(owner.id()).stream()
                .filter(a -> a.kind() == AccountKind.APPLICATION)
                .filter(a -> OwRecipients.applicationId(a).equals(applicationId))
                .findFirst();
    }
}
