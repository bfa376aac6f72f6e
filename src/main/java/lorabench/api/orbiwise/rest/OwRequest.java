// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lorabench.store.Account;

/// The query of one OrbiWAN call, read against the parameters the route declares (seed §Query fields).
///
/// `strict=true` is accepted by every call: the call then fails with 400 when a parameter is unknown, or when a
/// parameter that has a hidden default value (`hidden`) is missing (AMB-OW-57). Without it unknown parameters are
/// ignored and defaults apply. Bad values are 400 in every mode.
final class OwRequest {
    private final Context ctx;
    private final Account account;

    private OwRequest(Context ctx, Account account) {
        this.ctx = ctx;
        this.account = account;
    }

    /// {@return the request}, checked against `known` parameters and the `hidden`-default ones under `strict`
    /// @throws OwError 400 under `strict` with the offending parameter names
    static OwRequest of(Context ctx, Set<String> known, Set<String> hidden) {
        OwRequest r = new OwRequest(ctx, OwAuth.account(ctx));
        if (r.bool("strict", false)) {
            Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
            unknown.removeAll(known);
            unknown.remove("strict");
            Set<String> missing = new TreeSet<>(hidden);
            missing.removeAll(ctx.queryParamMap().keySet());
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                StringBuilder b = new StringBuilder("strict:");
                if (!unknown.isEmpty()) {
                    b.append(" unknown parameter(s) ").append(String.join(", ", unknown));
                }
                if (!missing.isEmpty()) {
                    b.append(unknown.isEmpty() ? "" : ";").append(" missing parameter(s) with default values ")
                            .append(String.join(", ", missing));
                }
                throw OwError.badRequest(b.toString());
            }
        }
        return r;
    }

    static OwRequest of(Context ctx, Set<String> known) {
        return of(ctx, known, Set.of());
    }

    Context ctx() {
        return ctx;
    }

    Account account() {
        return account;
    }

    String path(String name) {
        return ctx.pathParam(name);
    }

    Optional<String> str(String name) {
        String v = ctx.queryParam(name);
        return v == null ? Optional.empty() : Optional.of(v);
    }

    boolean bool(String name, boolean dflt) {
        Optional<String> v = str(name);
        if (v.isEmpty() || v.get().isEmpty()) {
            return v.isPresent() || dflt;
        }
        return switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw OwError.badRequest(name + " must be true or false, got '" + v.get() + "'");
        };
    }

    Optional<Long> number(String name) {
        Optional<String> v = str(name);
        try {
            return v.map(s -> Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            throw OwError.badRequest(name + " must be a number, got '" + v.get() + "'");
        }
    }

    Optional<Instant> time(String name) {
        return str(name).map(s -> OwFormat.parseTime(name, s));
    }

    OwFormat.DataFormat dataFormat() {
        return switch (str("data_format").orElse("base64").toLowerCase(Locale.ROOT)) {
            case "base64" -> OwFormat.DataFormat.BASE64;
            case "hex" -> OwFormat.DataFormat.HEX;
            default -> throw OwError.badRequest("data_format must be base64 or hex");
        };
    }

    /// {@return a sort option's direction}: `asc`/`true` ascending, `desc` descending, empty when absent
    Optional<Boolean> ascending(String name) {
        return str(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "asc", "true", "" -> true;
            case "desc" -> false;
            default -> throw OwError.badRequest(name + " must be asc, desc or true");
        });
    }

    static Set<String> params(List<Set<String>> groups) {
        Set<String> all = new TreeSet<>();
        groups.forEach(all::addAll);
        return all;
    }
}
