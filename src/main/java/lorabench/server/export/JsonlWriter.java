// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import lorabench.store.SessionLogEntry;

/// JSON Lines: one object per entry with the fields of [ExportColumns] in order, absent values as `null`.
final class JsonlWriter implements LogWriter {
    private final JsonGenerator gen;

    JsonlWriter(OutputStream out) throws IOException {
        this.gen = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // Lines are separated by the '\n' written after each object, not by Jackson's default root separator.
        gen.setRootValueSeparator(null);
    }

    @Override
    public void begin() {}

    @Override
    public void write(SessionLogEntry entry) throws IOException {
        List<Object> values = ExportColumns.values(entry);
        gen.writeStartObject();
        for (int i = 0; i < values.size(); i++) {
            gen.writeFieldName(ExportColumns.NAMES.get(i));
            switch (values.get(i)) {
                case null -> gen.writeNull();
                case String s -> gen.writeString(s);
                case Long l -> gen.writeNumber(l);
                case Integer n -> gen.writeNumber(n);
                case Double d -> gen.writeNumber(d);
                case Boolean b -> gen.writeBoolean(b);
                default -> throw new IllegalStateException("unexpected column value " + values.get(i));
            }
        }
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    @Override
    public void end() throws IOException {
        gen.flush();
    }
}
