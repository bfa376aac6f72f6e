// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.sim.payload.PayloadGenerator;

/// Bulk virtual devices from CSV in the import format of DESIGN.md (`lorabench devices import`): a header row, then
/// one device a row with the columns `devEui, name, activation, macVersion, region, deviceClass, joinEui, appKey,
/// nwkKey, devAddr, nwkSKey, appSKey, fNwkSIntKey, sNwkSIntKey, nwkSEncKey, fCntUp, fCntDown, deviceProfile,
/// serviceProfile, application, tags`, plus the optional `latitude, longitude, altitude`. Columns may come in any
/// order and all but `devEui` may be left out; empty cells take the defaults (OTAA, 1.0.4, EU868, class A, JoinEUI
/// 0). `tags` is `key=value` pairs separated by `;`.
///
/// Every row is checked; bad rows are reported (line, field, reason) and the good ones kept.
public final class DeviceCsv {
    static final List<String> COLUMNS = List.of("devEui", "name", "activation", "macVersion", "region",
            "deviceClass", "joinEui", "appKey", "nwkKey", "devAddr", "nwkSKey", "appSKey", "fNwkSIntKey",
            "sNwkSIntKey", "nwkSEncKey", "fCntUp", "fCntDown", "deviceProfile", "serviceProfile", "application",
            "tags", "latitude", "longitude", "altitude");

    /// One rejected row: its 1-based line number, the column at fault (empty for the row as a whole) and why.
    public record RowError(int line, String field, String reason) {
        @Override
        public String toString() {
            return "line " + line + (field.isEmpty() ? "" : ", " + field) + ": " + reason;
        }
    }

    /// The devices of the good rows, in file order, the line each came from, and the errors of the bad rows.
    public record Result(List<DeviceSpec> devices, List<Integer> lines, List<RowError> errors) {
        public Result {
            devices = List.copyOf(devices);
            lines = List.copyOf(lines);
            errors = List.copyOf(errors);
            if (lines.size() != devices.size()) {
                throw new IllegalArgumentException("one line number per device");
            }
        }
    }

    private DeviceCsv() {}

    /// Reads with [SimDefaults#STANDARD].
    public static Result read(Reader reader) {
        return read(reader, SimDefaults.STANDARD);
    }

    /// {@return the devices of `reader`}, simulated as `defaults` says
    public static Result read(Reader reader, SimDefaults defaults) {
        List<DeviceSpec> devices = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String header = in.readLine();
            if (header == null) {
                errors.add(new RowError(1, "", "the file is empty: a header row is required"));
                return new Result(devices, lines, errors);
            }
            List<String> columns = CsvLines.split(header.startsWith("\uFEFF") ? header.substring(1) : header);
            for (String c : columns) {
                if (!COLUMNS.contains(c)) {
                    errors.add(new RowError(1, c, "unknown column (expected " + String.join(", ", COLUMNS) + ")"));
                }
            }
            if (!columns.contains("devEui")) {
                errors.add(new RowError(1, "devEui", "the header has no devEui column"));
            }
            if (Set.copyOf(columns).size() != columns.size()) {
                errors.add(new RowError(1, "", "a column appears twice in the header"));
            }
            if (!errors.isEmpty()) {
                return new Result(devices, lines, errors);
            }
            Map<Eui64, Integer> seen = new HashMap<>();
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Row row = new Row(lineNo, errors);
                List<String> cells;
                try {
                    cells = CsvLines.split(line);
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(lineNo, "", e.getMessage()));
                    continue;
                }
                if (cells.size() != columns.size()) {
                    errors.add(new RowError(lineNo, "", "has " + cells.size() + " cells, the header has "
                            + columns.size()));
                    continue;
                }
                for (int i = 0; i < cells.size(); i++) {
                    row.cells.put(columns.get(i), cells.get(i));
                }
                row.toSpec(devices.size(), defaults).ifPresent(d -> {
                    Integer first = seen.putIfAbsent(d.identity().devEui(), row.line);
                    if (first != null) {
                        errors.add(new RowError(row.line, "devEui", "DevEUI " + d.identity().devEui()
                                + " already on line " + first));
                    } else {
                        devices.add(d);
                        lines.add(row.line);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(devices, lines, errors);
    }

    /// One data row being checked; every bad cell adds an error.
    private static final class Row {
        final int line;
        final List<RowError> errors;
        final Map<String, String> cells = new HashMap<>();
        int errorsBefore;

        Row(int line, List<RowError> errors) {
            this.line = line;
            this.errors = errors;
        }

        <T> Optional<T> cell(String field, Function<String, T> parse) {
            String v = cells.getOrDefault(field, "");
            if (v.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse.apply(v));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line, field, e.getMessage() == null ? "invalid value '" + v + "'"
                        : e.getMessage()));
                return Optional.empty();
            }
        }

        <T> Optional<T> choice(String field, Function<String, T> parse, String expected) {
            return cell(field, v -> {
                try {
                    return parse.apply(v);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + v + "' is not " + expected, e);
                }
            });
        }

        Optional<DeviceSpec> toSpec(int index, SimDefaults defaults) {
            errorsBefore = errors.size();
            if (cells.getOrDefault("devEui", "").isEmpty()) {
                errors.add(new RowError(line, "devEui", "is required"));
            }
            Optional<Eui64> devEui = cell("devEui", Eui64::parse);
            Activation activation = choice("activation", s -> Activation.valueOf(s.toUpperCase(java.util.Locale.ROOT)),
                    "OTAA or ABP").orElse(Activation.OTAA);
            MacVersion version = cell("macVersion", MacVersion::parse).orElse(MacVersion.V1_0_4);
            BandId region = cell("region", BandId::parse).orElse(BandId.EU868);
            DeviceClass deviceClass = choice("deviceClass",
                    s -> DeviceClass.valueOf(s.toUpperCase(java.util.Locale.ROOT)), "A, B or C").orElse(DeviceClass.A);
            Eui64 joinEui = cell("joinEui", Eui64::parse).orElse(new Eui64(0));
            Optional<AesKey> appKey = cell("appKey", AesKey::parse);
            Optional<AesKey> nwkKey = cell("nwkKey", AesKey::parse);
            Optional<DevAddr> devAddr = cell("devAddr", DevAddr::parse);
            Optional<AesKey> nwkSKey = cell("nwkSKey", AesKey::parse);
            Optional<AesKey> appSKey = cell("appSKey", AesKey::parse);
            Optional<AesKey> fNwk = cell("fNwkSIntKey", AesKey::parse);
            Optional<AesKey> sNwk = cell("sNwkSIntKey", AesKey::parse);
            Optional<AesKey> nwkSEnc = cell("nwkSEncKey", AesKey::parse);
            long fCntUp = cell("fCntUp", DeviceCsv::counter).orElse(0L);
            long fCntDown = cell("fCntDown", DeviceCsv::counter).orElse(0L);
            Map<String, String> tags = cell("tags", DeviceCsv::tags).orElse(Map.of());
            Optional<Double> lat = cell("latitude", s -> number(s, -90, 90));
            Optional<Double> lon = cell("longitude", s -> number(s, -180, 180));
            double alt = cell("altitude", s -> number(s, -500, 10_000)).orElse(0.0);
            if (lat.isPresent() != lon.isPresent() && errors.size() == errorsBefore) {
                errors.add(new RowError(line, lat.isPresent() ? "longitude" : "latitude",
                        "latitude and longitude go together"));
            }
            if (errors.size() == errorsBefore) {
                String missing = DeviceIdentity.missingKey(activation, version, appKey, nwkKey, devAddr, nwkSKey,
                        appSKey, fNwk, sNwk, nwkSEnc);
                if (missing != null) {
                    int colon = missing.indexOf(':');
                    errors.add(new RowError(line, missing.substring(0, colon), missing.substring(colon + 2)));
                }
            }
            if (errors.size() != errorsBefore) {
                return Optional.empty();
            }
            Eui64 eui = devEui.orElseThrow();
            String name = cells.getOrDefault("name", "");
            DeviceIdentity id = new DeviceIdentity(eui, name.isEmpty() ? eui.toString() : name, activation, version,
                    region, deviceClass, joinEui, appKey, nwkKey, devAddr, nwkSKey, appSKey, fNwk, sNwk, nwkSEnc,
                    fCntUp, fCntDown, text("deviceProfile"), text("serviceProfile"), text("application"), tags);
            Optional<Position> position = lat.map(la -> new Position(la, lon.orElseThrow(), alt));
            long seed = Seeds.derive(defaults.seed(), "csv/" + eui);
            var random = Seeds.random(seed);
            boolean otaa = activation == Activation.OTAA;
            var joinAt = otaa && defaults.join().atStart()
                    ? Optional.of(java.time.Duration.ofMillis((long) (defaults.join().spread().toMillis()
                            * random.nextDouble()))) : Optional.<java.time.Duration>empty();
            var first = java.time.Duration.ofMillis((long) (defaults.uplink().interval().toMillis()
                    * random.nextDouble()));
            PayloadGenerator payload = defaults.payload();
            return Optional.of(new DeviceSpec(index, "csv", id, position, defaults.txPowerDbm(), defaults.adr(),
                    defaults.dataRate(), defaults.uplink(), payload, defaults.behaviour(), joinAt, first,
                    Seeds.derive(seed, "runtime")));
        }

        private Optional<String> text(String field) {
            String v = cells.getOrDefault(field, "");
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
    }

    private static long counter(String s) {
        try {
            long v = Long.parseLong(s);
            if (v >= 0 && v <= 0xFFFF_FFFFL) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + s + "' is not a frame counter 0..4294967295");
    }

    private static double number(String s, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number", e);
        }
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(s + " is outside " + (long) min + ".." + (long) max);
        }
        return v;
    }

    private static Map<String, String> tags(String s) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String part : s.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String key = eq < 0 ? p : p.substring(0, eq).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("tag '" + p + "' has no key (expected key=value;key=value)");
            }
            tags.put(key, eq < 0 ? "" : p.substring(eq + 1).strip());
        }
        return tags;
    }
}
