// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import lorabench.lorawan.types.Eui64;
import lorabench.server.export.ExportFormat;
import lorabench.server.export.SessionLogExport;
import lorabench.server.export.WiresharkKeyTable;
import lorabench.store.Database;
import lorabench.store.SessionLogQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `lorabench export --format jsonl|csv|pcap [--out FILE] [--data DIR] [--db URL] [--dev-eui H] [--from T] [--to T]
/// [--with-keys FILE] [--keys-table wireshark-4.0|session-keys|root-keys]` (DESIGN.md).
///
/// With `--out` it prints `{"format", "out", "records"}` (plus `"keys": {"file", "table", "rows"}` with
/// `--with-keys`); without, the export itself is the standard output (pcap is written as raw bytes).
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the session log as JSONL, CSV or pcap.")
public final class ExportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv|pcap", description = "Export format.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--dev-eui", paramLabel = "H", description = "Only this device.")
    String devEui;

    @Option(names = "--from", paramLabel = "T", description = "From this time on (ISO 8601, inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "Before this time (ISO 8601, exclusive).")
    String to;

    @Option(names = "--with-keys", paramLabel = "FILE", description = "Also write the keys as a Wireshark key table.")
    Path keys;

    @Option(names = "--keys-table", paramLabel = "TABLE", defaultValue = "wireshark-4.0",
            description = "Key table layout: wireshark-4.0 (encryption_keys_lorawan), session-keys "
                    + "(session_keys_lorawan) or root-keys (root_keys_lorawan). Default: ${DEFAULT-VALUE}.")
    String keysTable;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = parse("--format", format, ExportFormat::parse);
        SessionLogQuery q = SessionLogQuery.all();
        Optional<Eui64> eui = Optional.ofNullable(devEui).map(v -> parse("--dev-eui", v, Eui64::parse));
        if (eui.isPresent()) {
            q = q.device(eui.get());
        }
        if (from != null) {
            q = q.from(time("--from", from));
        }
        if (to != null) {
            q = q.to(time("--to", to));
        }
        WiresharkKeyTable.Layout layout = parse("--keys-table", keysTable, ExportCommand::layout);
        try (Database db = store.open()) {
            SessionLogExport export = new SessionLogExport(db);
            long records;
            if (out == null) {
                OutputStream o = f == ExportFormat.PCAP ? new FileOutputStream(FileDescriptor.out)
                        : new TextOutputStream(spec.commandLine().getOut());
                records = export.write(q, f, o);
                o.flush();
            } else {
                try (OutputStream o = Files.newOutputStream(out)) {
                    records = export.write(q, f, o);
                } catch (java.nio.file.NoSuchFileException e) {
                    throw new UsageException("cannot write " + out + ": no such directory");
                }
            }
            int keyRows = keys == null ? 0 : export.writeKeys(eui, keys, layout);
            if (out != null) {
                ObjectNode summary = JSON.createObjectNode().put("format", f.toString())
                        .put("out", out.toAbsolutePath().normalize().toString()).put("records", records);
                if (keys != null) {
                    summary.putObject("keys").put("file", keys.toAbsolutePath().normalize().toString())
                            .put("table", layout.uatName()).put("rows", keyRows);
                }
                spec.commandLine().getOut().println(JSON.writeValueAsString(summary));
            }
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static WiresharkKeyTable.Layout layout(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "wireshark-4.0" -> WiresharkKeyTable.Layout.WIRESHARK_4_0;
            case "session-keys" -> WiresharkKeyTable.Layout.SESSION_KEYS;
            case "root-keys" -> WiresharkKeyTable.Layout.ROOT_KEYS;
            default -> throw new IllegalArgumentException("expected wireshark-4.0, session-keys or root-keys, got '"
                    + text + "'");
        };
    }

    /// Accepts an instant (`2026-03-01T12:00:00Z`), a date-time with offset, or a date (midnight UTC).
    private static Instant time(String option, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new UsageException(option + ": expected an ISO 8601 time such as 2026-03-01T12:00:00Z or a "
                        + "date such as 2026-03-01, got '" + text + "'");
            }
        }
    }

    private static <T> T parse(String option, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
