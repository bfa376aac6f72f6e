// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import lorabench.server.profile.SchemaNode;
import lorabench.server.profile.SchemaParser;

/// The JSON Schemas (draft 2020-12) of OrbiWAN profile bodies, loaded once from
/// `orbiwise/schemas/{device,service}-profile[-link].schema.json`. `get_schema` and `get_link_schema` answer the
/// JSON text, and validation uses the [SchemaNode] tree parsed from the very same text, so the published schema is
/// always the one enforced (seed §Profile JSON schema, "always up-to-date").
public final class OrbiwiseProfileSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<OwProfileKind, Loaded> profile = new EnumMap<>(OwProfileKind.class);
    private final Map<OwProfileKind, Loaded> link = new EnumMap<>(OwProfileKind.class);

    private record Loaded(JsonNode json, SchemaNode.ObjectNode node) {
    }

    public OrbiwiseProfileSchemas() {
        for (OwProfileKind k : OwProfileKind.values()) {
            profile.put(k, load(k.schemaResource()));
            link.put(k, load(k.linkSchemaResource()));
        }
    }

    /// {@return the answer to `GET /rest/xx-profiles?get_schema=true`}, a fresh copy
    public JsonNode schemaJson(OwProfileKind kind) {
        return profile.get(kind).json().deepCopy();
    }

    /// {@return the answer to `GET /rest/xx-profiles?get_link_schema=true`}, a fresh copy
    public JsonNode linkSchemaJson(OwProfileKind kind) {
        return link.get(kind).json().deepCopy();
    }

    /// {@return the parsed schema of a create/modify body}
    public SchemaNode.ObjectNode schema(OwProfileKind kind) {
        return profile.get(kind).node();
    }

    /// {@return the parsed schema of a link-creation body}
    public SchemaNode.ObjectNode linkSchema(OwProfileKind kind) {
        return link.get(kind).node();
    }

    private static Loaded load(String resource) {
        try (InputStream in = OrbiwiseProfileSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode json = JSON.readTree(in);
            if (!(SchemaParser.parse(json) instanceof SchemaNode.ObjectNode node)) {
                throw new IllegalStateException(resource + " must describe an object");
            }
            return new Loaded(json, node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
