// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Test-only snapshot writer: turns a [Band] (records, enums, optionals, maps) into a JSON tree by reflection over
/// record components, so the golden files follow the data model without hand-written mapping.
final class BandJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private BandJson() {
    }

    static String write(Band band) {
        try {
            return MAPPER.writeValueAsString(tree(band)).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object tree(Object value) {
        return switch (value) {
            case null -> null;
            case Optional<?> o -> tree(o.orElse(null));
            case Duration d -> d.toString();
            case Enum<?> e -> e instanceof BandId id ? id.text() : e.name();
            case Map<?, ?> m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.format("%02d", (Integer) k), tree(v)));
                yield out;
            }
            case List<?> l -> {
                List<Object> out = new ArrayList<>();
                l.forEach(v -> out.add(tree(v)));
                yield out;
            }
            case Record r -> {
                Map<String, Object> out = new LinkedHashMap<>();
                if (r instanceof DataRate dr) {
                    out.put("type", r.getClass().getSimpleName());
                    out.put("name", dr.name());
                }
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        out.put(c.getName(), tree(c.getAccessor().invoke(r)));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                yield out;
            }
            default -> value;
        };
    }
}
