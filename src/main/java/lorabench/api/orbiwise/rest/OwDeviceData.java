// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lorabench.store.Device;

/// The OrbiWAN fields of a device that the store has no column for, kept in the device's vendor attributes under
/// `orbiwise`: `comment`, `applications` (all of them; the store's `application` holds the first), `appeui`,
/// `options`, `activated`, expiry times, the legacy registration fields, the DevStatus request time and the ids of
/// deleted downlinks.
final class OwDeviceData {
    static final String KEY = "orbiwise";

    private OwDeviceData() {}

    /// {@return a copy of the device's OrbiWAN attributes}
    static ObjectNode of(Device d) {
        JsonNode n = d.attributes().get(KEY);
        return n instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
    }

    /// {@return the device with `data` as its OrbiWAN attributes}
    static Device with(Device d, ObjectNode data) {
        ObjectNode attrs = d.attributes().isObject() ? ((ObjectNode) d.attributes()).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        attrs.set(KEY, data);
        return d.withAttributes(attrs);
    }

    static String comment(Device d) {
        return of(d).path("comment").asText("");
    }

    static boolean activated(Device d) {
        return of(d).path("activated").asBoolean(true);
    }

    static Set<String> applications(Device d) {
        Set<String> out = new LinkedHashSet<>();
        of(d).path("applications").forEach(n -> out.add(n.asText()));
        d.application().ifPresent(out::add);
        return out;
    }

    static void setApplications(ObjectNode data, Set<String> apps) {
        ArrayNode a = data.putArray("applications");
        apps.forEach(a::add);
    }

    static Set<Long> deletedDownlinks(ObjectNode data) {
        Set<Long> out = new LinkedHashSet<>();
        data.path("dl_deleted").forEach(n -> out.add(n.asLong()));
        return out;
    }

    /// {@return the comma list `text` as trimmed, non-empty items} (AMB-OW-48)
    static List<String> commaList(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
