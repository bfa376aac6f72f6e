// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/// Writes OrbiWAN errors (seed §Status codes and error messages): `text/plain` by default, RFC 7807
/// `application/problem+json` when the request's `Accept` asks for it. The plain text is the `detail`, which always
/// starts with the seed's error text (decision 0011).
final class OwErrors {
    static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json;

    OwErrors(ObjectMapper json) {
        this.json = json;
    }

    /// {@return whether the client asked for RFC 7807 answers}
    static boolean wantsProblem(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(PROBLEM_JSON);
    }

    void write(Context ctx, OwError e) {
        if (e.status == 401) {
            ctx.header("WWW-Authenticate", "Basic realm=\"OrbiWAN\", charset=\"UTF-8\"");
        }
        ctx.status(e.status);
        if (wantsProblem(ctx)) {
            ctx.contentType(PROBLEM_JSON).result(problem(e.status, e.title, e.detail, e.failedDevices).toString());
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(plain(e.detail, e.failedDevices));
        }
    }

    /// The after-handler of routes that write their own `text/plain` refusals (the push-mode routes): when the
    /// client asked for RFC 7807, the same status and text become a problem document (OW-A-09).
    void problemIfAsked(Context ctx) {
        String type = ctx.res().getContentType();
        if (ctx.statusCode() >= 400 && wantsProblem(ctx) && type != null && type.startsWith("text/plain")) {
            String text = ctx.result();
            ctx.contentType(PROBLEM_JSON).result(problem(ctx.statusCode(), ctx.status().getMessage(),
                    text == null ? "" : text, Map.of()).toString());
        }
    }

    /// {@return an RFC 7807 body}, with `failed-devices` when there are any
    ObjectNode problem(int status, String title, String detail, Map<String, List<String>> failed) {
        ObjectNode o = json.createObjectNode();
        o.put("type", "about:blank");
        o.put("title", title);
        o.put("detail", detail);
        o.put("status", status);
        if (!failed.isEmpty()) {
            ArrayNode arr = o.putArray("failed-devices");
            failed.forEach((reason, euis) -> {
                ObjectNode f = arr.addObject();
                f.put("reason", reason);
                euis.forEach(f.putArray("DevEUIs")::add);
            });
        }
        return o;
    }

    /// {@return the text/plain form}: the detail, then one line per failure reason (AMB-OW-63)
    static String plain(String detail, Map<String, List<String>> failed) {
        StringBuilder b = new StringBuilder(detail);
        failed.forEach((reason, euis) -> b.append('\n').append(reason).append(": ").append(String.join(",", euis)));
        return b.toString();
    }
}
