// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import lorabench.store.DeviceGroup;

/// Group objects (seed §Groups and Multicast): `groupid`, `title` (the store's name), `comment` (description),
/// the multicast session (`devaddr`, `nwkskey`, `appskey`, `fcnt`) and `data_rate`, `freq` (MHz),
/// `ping_slot_periodicity`, `applications` kept in the group's settings.
final class OwGroupJson {
    private OwGroupJson() {}

    static Set<String> applications(DeviceGroup g) {
        return new LinkedHashSet<>(OwDeviceData.commaList(g.settings().path("applications").asText("")));
    }

    static ObjectNode listItem(ObjectMapper json, DeviceGroup g) {
        ObjectNode o = json.createObjectNode();
        o.put("groupid", g.id());
        o.put("title", g.name());
        o.put("comment", g.description());
        return o;
    }

    static ObjectNode full(ObjectMapper json, DeviceGroup g) {
        ObjectNode o = listItem(json, g);
        g.multicast().ifPresent(m -> {
            o.put("nwkskey", m.nwkSKey().toHex());
            o.put("appskey", m.appSKey().toHex());
            o.put("devaddr", m.devAddr().toString());
            o.put("fcnt", m.fCntDown());
        });
        o.put("applications", String.join(",", applications(g)));
        for (String k : new String[] {"ping_slot_periodicity", "data_rate", "freq"}) {
            JsonNode v = g.settings().get(k);
            if (v != null) {
                o.set(k, v);
            }
        }
        return o;
    }
}
