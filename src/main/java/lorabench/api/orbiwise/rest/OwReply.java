// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import lorabench.api.orbiwise.OwJson;

/// Reading JSON request bodies and writing JSON answers.
final class OwReply {
    private OwReply() {}

    static void json(Context ctx, JsonNode body) {
        ctx.status(200).contentType("application/json").result(body.toString());
    }

    /// {@return the body as a JSON object}
    /// @throws OwError 400 when it is not one (trailing text after the object included)
    static ObjectNode object(Context ctx, ObjectMapper json) {
        String text = ctx.body();
        if (text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode n = OwJson.read(text);
            if (n instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            throw OwError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        throw OwError.badRequest("the body must be a JSON object");
    }
}
