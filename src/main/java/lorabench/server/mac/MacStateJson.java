// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import lorabench.lorawan.types.Bytes;

/// [MacState] as the JSON text the store keeps in the device session's MAC-state column.
public final class MacStateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("bytes")
                    .addSerializer(Bytes.class, new BytesSerializer())
                    .addDeserializer(Bytes.class, new BytesDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Older rows may miss fields added later; unknown ones come from newer versions.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MacStateJson() {}

    public static String write(MacState state) {
        try {
            return MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MacState read(String json) {
        try {
            return MAPPER.readValue(json, MacState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored MAC state is not valid: " + e.getOriginalMessage(), e);
        }
    }

    private static final class BytesSerializer extends JsonSerializer<Bytes> {
        @Override
        public void serialize(Bytes value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toHex());
        }
    }

    private static final class BytesDeserializer extends JsonDeserializer<Bytes> {
        @Override
        public Bytes deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Bytes.fromHex(p.getValueAsString());
        }
    }
}
