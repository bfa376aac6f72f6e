// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import lorabench.server.provisioning.DeviceImport;
import lorabench.server.provisioning.ImportFormatException;
import lorabench.server.provisioning.ImportListener;
import lorabench.server.provisioning.ImportResult;
import lorabench.server.provisioning.ImportRow;
import lorabench.server.provisioning.Rejection;
import lorabench.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `lorabench devices import FILE [--data DIR] [--db URL]` (DESIGN.md): prints
/// `{"imported": N, "rejected": [{"line": L, "field": "devEui", "reason": "..."}, ...]}` and exits 2 when any row
/// was rejected (the other rows are imported all the same).
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Provision devices in bulk from a CSV file (header row) or a JSON array of objects.")
public final class DevicesImportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV or JSON file in the import format.")
    Path file;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        List<ImportRow> rows;
        try {
            rows = DeviceImport.read(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        } catch (ImportFormatException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
        ImportResult result;
        try (Database db = store.open()) {
            result = new DeviceImport(db).importRows(rows, ImportListener.NONE);
        }
        spec.commandLine().getOut().println(JSON.writeValueAsString(toJson(result)));
        spec.commandLine().getOut().flush();
        return result.rejected().isEmpty() ? 0 : 2;
    }

    static ObjectNode toJson(ImportResult result) {
        ObjectNode o = JSON.createObjectNode().put("imported", result.imported());
        ArrayNode rejected = o.putArray("rejected");
        for (Rejection r : result.rejected()) {
            rejected.addObject().put("line", r.line()).put("field", r.field().orElse(null)).put("reason", r.reason());
        }
        return o;
    }
}
