// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lorabench.ui.theme.ThemeChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Reads and writes [UiPreferences] as a small JSON file (`<data>/ui.json`). Reading is forgiving: a missing
/// file gives the defaults, and a field that is missing or invalid falls back to its default alone, so a
/// hand-edited or older file never stops the GUI from starting. Writing is atomic (temp file + move).
public final class UiPreferencesStore {
    /// The file name inside the data directory.
    public static final String FILE_NAME = "ui.json";

    private static final Logger LOG = LoggerFactory.getLogger(UiPreferencesStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public UiPreferencesStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /// {@return a store for `ui.json` inside `dataDirectory`}
    public static UiPreferencesStore inDataDirectory(Path dataDirectory) {
        return new UiPreferencesStore(dataDirectory.resolve(FILE_NAME));
    }

    /// {@return the file this store reads and writes}
    public Path file() {
        return file;
    }

    /// {@return the stored preferences, or the defaults where the file or a field is missing or invalid}
    public UiPreferences load() {
        if (!Files.isRegularFile(file)) {
            return UiPreferences.DEFAULT;
        }
        try {
            return fromJson(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable UI preferences {}: {}", file, e.getMessage());
            return UiPreferences.DEFAULT;
        }
    }

    /// Writes `preferences`, creating the data directory when needed.
    public void save(UiPreferences preferences) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
            JSON.writeValue(tmp.toFile(), toJson(preferences));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static UiPreferences fromJson(JsonNode root) {
        UiPreferences d = UiPreferences.DEFAULT;
        if (root == null || !root.isObject()) {
            return d;
        }
        int limit = root.path("liveFramesRowLimit").asInt(d.liveFramesRowLimit());
        if (limit < UiPreferences.MIN_ROW_LIMIT || limit > UiPreferences.MAX_ROW_LIMIT) {
            limit = d.liveFramesRowLimit();
        }
        return new UiPreferences(window(root.path("window")),
                ThemeChoice.parse(root.path("theme").asText(""), d.theme()),
                root.path("lastScreen").asText(d.lastScreen()),
                dividers(root.path("dividers")), limit);
    }

    private static WindowBounds window(JsonNode w) {
        try {
            if (!w.isObject()) {
                return WindowBounds.DEFAULT;
            }
            WindowBounds d = WindowBounds.DEFAULT;
            return new WindowBounds(w.path("positioned").asBoolean(false), w.path("x").asDouble(0), w.path("y").asDouble(0),
                    w.path("width").asDouble(d.width()), w.path("height").asDouble(d.height()),
                    w.path("maximised").asBoolean(false));
        } catch (IllegalArgumentException e) {
            return WindowBounds.DEFAULT;
        }
    }

    private static Map<String, List<Double>> dividers(JsonNode node) {
        Map<String, List<Double>> result = new LinkedHashMap<>();
        if (!node.isObject()) {
            return result;
        }
        node.properties().forEach(entry -> {
            List<Double> positions = new ArrayList<>();
            for (JsonNode p : entry.getValue()) {
                positions.add(p.asDouble(-1));
            }
            if (entry.getValue().isArray() && positions.stream().allMatch(p -> p >= 0 && p <= 1)) {
                result.put(entry.getKey(), positions);
            }
        });
        return result;
    }

    static ObjectNode toJson(UiPreferences p) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode w = root.putObject("window");
        w.put("positioned", p.window().positioned());
        w.put("x", p.window().x());
        w.put("y", p.window().y());
        w.put("width", p.window().width());
        w.put("height", p.window().height());
        w.put("maximised", p.window().maximised());
        root.put("theme", p.theme().name().toLowerCase(java.util.Locale.ROOT));
        root.put("lastScreen", p.lastScreen());
        ObjectNode dividers = root.putObject("dividers");
        p.dividers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ArrayNode positions = dividers.putArray(e.getKey());
            e.getValue().forEach(positions::add);
        });
        root.put("liveFramesRowLimit", p.liveFramesRowLimit());
        return root;
    }
}
