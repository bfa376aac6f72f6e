// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import lorabench.server.account.Authenticator;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.AccountRepository;

/// OrbiWAN's own authentication of every `/rest/` call (seed §Interface overview, §OAuth Authentication,
/// §Application Sub-Accounts): HTTP Basic or an OAuth2 Bearer access token; 401 otherwise. A Basic username is an
/// account name, an application sub-account's UUID (its stored username), or `#app.{app-name}#{user-name}`.
final class OwAuth {
    static final String ATTRIBUTE = "lorabench.ow.account";

    private final Authenticator authenticator;
    private final AccountRepository accounts;
    private final OwTokens tokens;

    OwAuth(Authenticator authenticator, AccountRepository accounts, OwTokens tokens) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /// The before-handler: puts the account in the request or throws 401.
    void check(Context ctx) {
        String path = ctx.path();
        if (path.equals("/rest/oauth2/token")) {
            return; // authenticated by its own parameters
        }
        ctx.attribute(ATTRIBUTE, authenticate(ctx.header("Authorization")).orElseThrow(OwError::unauthorized));
    }

    static Account account(Context ctx) {
        Account a = ctx.attribute(ATTRIBUTE);
        if (a == null) {
            throw OwError.unauthorized();
        }
        return a;
    }

    Optional<Account> authenticate(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.authenticate(header.substring(7).strip()).flatMap(accounts::find);
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : login(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /// {@return the account `username` and `password` log into}, in any of the three username forms
    Optional<Account> login(String username, String password) {
        Optional<String> stored = storedUsername(username);
        return stored.flatMap(u -> authenticator.authenticate(u, password.toCharArray()));
    }

    /// {@return the stored username of `#app.{app}#{user}`}, or `username` itself
    Optional<String> storedUsername(String username) {
        if (!username.startsWith("#app.")) {
            return Optional.of(username);
        }
        int hash = username.indexOf('#', 5);
        if (hash < 0) {
            return Optional.empty();
        }
        String app = username.substring(5, hash);
        String user = username.substring(hash + 1);
        return accounts.findByUsername(user).flatMap(u -> accounts.children(u.id()).stream()
                .filter(a -> a.kind() == AccountKind.APPLICATION && app.equals(OwAccountView.accountId(a)))
                .findFirst()).map(Account::username);
    }
}
