// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Bulk provisioning from a file in the import format (DESIGN.md, `devices import`): CSV with a header row, or a JSON
/// array of objects, told apart by the first non-blank character (`[` is JSON).
///
/// Every row is validated ([DeviceValidator]); a DevEUI given again later in the file is rejected on its later lines.
/// Valid rows are stored in batches, one transaction per batch; when a batch fails in the database its rows are
/// retried one by one so only the failing rows are rejected. The listener hears the progress after each batch and
/// may cancel between batches.
public final class DeviceImport {
    public static final int DEFAULT_BATCH_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(DeviceImport.class);

    private final Database db;
    private final DeviceProvisioning provisioning;
    private final int batchSize;

    public DeviceImport(Database db) {
        this(db, DEFAULT_BATCH_SIZE);
    }

    public DeviceImport(Database db, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.db = db;
        this.provisioning = new DeviceProvisioning(db);
        this.batchSize = batchSize;
    }

    /// {@return the rows of an import file}
    /// @throws IOException when the file cannot be read
    /// @throws ImportFormatException when it is neither CSV nor a JSON array, or not UTF-8
    public static List<ImportRow> read(Path file) throws IOException, ImportFormatException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFormatException("the file is not UTF-8 text", e);
        }
        return parse(text);
    }

    /// {@return the rows of `text`}, CSV or JSON
    /// @throws ImportFormatException when it is neither CSV nor a JSON array
    public static List<ImportRow> parse(String text) throws ImportFormatException {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.stripLeading().startsWith("[") ? JsonRowReader.read(s) : CsvReader.read(s);
    }

    /// Reads and imports `file`. {@return what was imported and rejected}
    public ImportResult importFile(Path file, ImportListener listener) throws IOException, ImportFormatException {
        return importRows(read(file), listener);
    }

    /// Validates and stores `rows`. {@return what was imported and rejected}, rejections in line order
    public ImportResult importRows(List<ImportRow> rows, ImportListener listener) {
        Map<Eui64, Integer> firstLine = new HashMap<>();
        List<Rejection> rejected = new ArrayList<>();
        int imported = 0;
        int processed = 0;
        boolean cancelled = false;
        for (int from = 0; from < rows.size(); from += batchSize) {
            if (listener.cancelled()) {
                cancelled = true;
                break;
            }
            List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            List<Valid> valid = new ArrayList<>();
            for (ImportRow row : batch) {
                validate(row, firstLine, rejected).ifPresent(valid::add);
            }
            imported += store(valid, rejected);
            processed += batch.size();
            listener.progress(processed, rows.size());
        }
        rejected.sort(Comparator.comparingInt(Rejection::line));
        return new ImportResult(imported, rejected, cancelled);
    }

    private record Valid(int line, Device device) {}

    private Optional<Valid> validate(ImportRow row, Map<Eui64, Integer> firstLine, List<Rejection> rejected) {
        int line = row.input().line();
        List<Violation> problems = new ArrayList<>(row.problems());
        Optional<Device> device = Optional.empty();
        if (problems.stream().anyMatch(p -> p.field().isEmpty())) {
            problems.forEach(p -> rejected.add(Rejection.of(line, p)));
            return Optional.empty();
        }
        switch (provisioning.validate(row.input())) {
            case DeviceValidator.Outcome.Valid v -> device = Optional.of(v.device());
            case DeviceValidator.Outcome.Invalid i -> problems.addAll(i.violations());
        }
        if (device.isPresent()) {
            Integer first = firstLine.putIfAbsent(device.get().devEui(), line);
            if (first != null) {
                problems.add(Violation.of(ImportFields.DEV_EUI, "duplicate DevEUI " + device.get().devEui()
                        + ", first given on line " + first));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> rejected.add(Rejection.of(line, p)));
            return Optional.empty();
        }
        return device.map(d -> new Valid(line, d));
    }

    /// Stores one batch in one transaction, or row by row when the batch fails. {@return how many were stored}
    private int store(List<Valid> batch, List<Rejection> rejected) {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            List<Eui64> ended = db.inTransaction(tx -> {
                List<Eui64> e = new ArrayList<>();
                for (Valid v : batch) {
                    provisioning.store(tx, v.device()).endedSessions().ifPresent(e::add);
                }
                return e;
            });
            provisioning.endSessions(ended);
            return batch.size();
        } catch (StoreException e) {
            LOG.warn("an import batch failed, retrying its {} rows one by one: {}", batch.size(), e.getMessage());
        }
        int stored = 0;
        for (Valid v : batch) {
            try {
                provisioning.save(v.device());
                stored++;
            } catch (StoreException e) {
                rejected.add(Rejection.of(v.line(), Violation.ofRow("could not be stored: " + e.getMessage())));
            }
        }
        return stored;
    }
}
