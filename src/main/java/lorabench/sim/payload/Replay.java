// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;

/// Replays the application payloads (`payload` field) of the uplinks of a recorded session log, in the JSONL
/// export format of DESIGN.md (`time`, `direction`, `devEui`, `fPort`, `payload`, `event`, ...), looping at the end.
///
/// [Mode#MATCH_DEV_EUI] replays each device's own uplinks (the whole log when the device is not in it);
/// [Mode#IN_ORDER] replays every uplink of the log in order for every device. The `n`-th uplink of a device is
/// entry `n mod size`, so replay needs no state.
public record Replay(Mode mode, List<Bytes> all, Map<Eui64, List<Bytes>> byDevice) implements PayloadGenerator {

    public enum Mode { MATCH_DEV_EUI, IN_ORDER }

    public Replay {
        Objects.requireNonNull(mode, "mode");
        all = List.copyOf(all);
        Map<Eui64, List<Bytes>> copy = new LinkedHashMap<>();
        byDevice.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byDevice = java.util.Collections.unmodifiableMap(copy);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the session log holds no uplink with a payload");
        }
    }

    /// Reads a JSONL session log: every line whose `direction` is `up`, whose `event` (when present) is `uplink`,
    /// and that has a non-empty `payload`.
    /// @throws IllegalArgumentException naming the line of a malformed entry, or when no uplink has a payload
    public static Replay fromJsonl(Reader reader, Mode mode) {
        ObjectMapper json = new ObjectMapper();
        List<Bytes> all = new ArrayList<>();
        Map<Eui64, List<Bytes>> byDevice = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = json.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("session log line " + lineNo + ": not JSON: "
                            + e.getOriginalMessage(), e);
                }
                if (!n.isObject()) {
                    throw new IllegalArgumentException("session log line " + lineNo + ": not a JSON object");
                }
                if (!"up".equals(n.path("direction").asText()) || (n.hasNonNull("event")
                        && !"uplink".equals(n.get("event").asText())) || !n.hasNonNull("payload")) {
                    continue;
                }
                Bytes payload;
                Eui64 devEui;
                try {
                    payload = Bytes.fromHex(n.get("payload").asText());
                    devEui = n.hasNonNull("devEui") ? Eui64.parse(n.get("devEui").asText()) : null;
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("session log line " + lineNo + ": " + e.getMessage(), e);
                }
                if (payload.isEmpty()) {
                    continue;
                }
                all.add(payload);
                if (devEui != null) {
                    byDevice.computeIfAbsent(devEui, k -> new ArrayList<>()).add(payload);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Replay(mode, all, byDevice);
    }

    @Override
    public Bytes next(GeneratorContext ctx) {
        List<Bytes> list = mode == Mode.MATCH_DEV_EUI ? byDevice.getOrDefault(ctx.devEui(), all) : all;
        return list.get((int) (ctx.uplinkCounter() % list.size()));
    }
}
