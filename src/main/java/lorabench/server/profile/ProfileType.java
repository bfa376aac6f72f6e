// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import lorabench.store.ProfileKind;

/// What the [ProfileService] needs to know about one kind of profile document. The API packages define their types
/// (OrbiWAN's device and service profiles live in `api.orbiwise.profile`), so the vocabulary stays there.
///
/// @param schemaType         the stored `schema_type` name, e.g. `orbiwise/device-profile`
/// @param contentSchema      schema of the `content` object of a local profile
/// @param restrictionSchema  schema of the restrictions a link may add (numbers may only be lowered, booleans only
///                           switched off); empty when links of this type carry none
/// @param changeableInUse    top-level content fields that may still change once a device uses the profile
/// @param reducedView        the content shown to callers that may not inspect the profile
public record ProfileType(String schemaType, ProfileKind kind, SchemaNode.ObjectNode contentSchema,
        Optional<SchemaNode.ObjectNode> restrictionSchema, Set<String> changeableInUse,
        UnaryOperator<JsonNode> reducedView) {

    public ProfileType {
        Objects.requireNonNull(schemaType, "schemaType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentSchema, "contentSchema");
        Objects.requireNonNull(restrictionSchema, "restrictionSchema");
        changeableInUse = Set.copyOf(changeableInUse);
        Objects.requireNonNull(reducedView, "reducedView");
        for (String f : changeableInUse) {
            if (contentSchema.property(f).isEmpty()) {
                throw new IllegalArgumentException("changeable field '" + f + "' is not in the content schema");
            }
        }
    }
}
