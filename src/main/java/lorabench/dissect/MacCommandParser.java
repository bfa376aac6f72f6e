// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Hex;

/// Reads a MAC command written by a person or a script, the inverse of [lorabench.lorawan.mac.MacCommandFields]
/// (LoRaWAN L2 1.0.4 §5). Two notations:
///
/// - `Name` or `Name:field=value,field=value`, e.g. `LinkCheckReq`, `LinkADRAns:powerAck=true,dataRateAck=true,
///   channelMaskAck=true`, `DevStatusAns:battery=255,margin=-3`;
/// - the JSON object `frame decode` prints, e.g. `{"cid":"LinkCheckAns","margin":7,"gwCnt":1}`.
///
/// Names are the spec names, case-insensitive; fields are the names `frame decode` prints. Booleans are
/// `true`/`false`, numbers decimal, `chMask` 4 hex digits. Every field must be given.
public final class MacCommandParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Class<?>> BY_NAME = byName();

    private MacCommandParser() {}

    /// {@return the command written in `text`}, which must travel in `direction`
    /// @throws IllegalArgumentException naming what is wrong
    public static MacCommand parse(String text, Direction direction) {
        String t = text.strip();
        Map<String, String> fields = new LinkedHashMap<>();
        String name;
        if (t.startsWith("{")) {
            JsonNode node = readJson(t);
            name = Optional.ofNullable(node.get("cid")).map(JsonNode::asText)
                    .orElseThrow(() -> new IllegalArgumentException("MAC command " + t + " has no \"cid\""));
            node.properties().forEach(e -> {
                if (!e.getKey().equals("cid")) {
                    fields.put(e.getKey(), e.getValue().asText());
                }
            });
        } else {
            int colon = t.indexOf(':');
            name = colon < 0 ? t : t.substring(0, colon);
            if (colon >= 0 && colon < t.length() - 1) {
                for (String pair : t.substring(colon + 1).split(",")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("MAC command field '" + pair + "' is not field=value");
                    }
                    fields.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
        }
        MacCommand command = build(name.strip(), fields);
        if (command.direction() != direction) {
            throw new IllegalArgumentException(command.specName() + " travels "
                    + (command.direction() == Direction.UPLINK ? "uplink" : "downlink") + "; this frame is "
                    + (direction == Direction.UPLINK ? "an uplink" : "a downlink"));
        }
        return command;
    }

    private static MacCommand build(String name, Map<String, String> fields) {
        Class<?> type = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new IllegalArgumentException("unknown MAC command '" + name + "' (give unknown or proprietary"
                    + " commands as FOpts hex)");
        }
        RecordComponent[] rcs = type.getRecordComponents();
        List<String> names = Arrays.stream(rcs).map(RecordComponent::getName).toList();
        for (String f : fields.keySet()) {
            if (!names.contains(f)) {
                throw new IllegalArgumentException(name + " has no field '" + f + "'"
                        + (names.isEmpty() ? "" : " (fields: " + String.join(", ", names) + ")"));
            }
        }
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            String value = fields.get(rcs[i].getName());
            if (value == null) {
                throw new IllegalArgumentException(name + " needs " + String.join(", ", names));
            }
            args[i] = value(name, rcs[i], value);
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(Arrays.stream(rcs).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            return (MacCommand) c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(name + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    private static Object value(String command, RecordComponent rc, String text) {
        String what = command + "." + rc.getName();
        try {
            if (rc.getType() == boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException(what + " must be true or false, got '" + text + "'");
                }
                return Boolean.parseBoolean(text);
            }
            if (rc.getName().equals("chMask")) {
                byte[] b = hex(what, text);
                if (b.length != 2) {
                    throw new IllegalArgumentException(what + " must be 4 hex digits, got '" + text + "'");
                }
                return (b[0] & 0xFF) << 8 | (b[1] & 0xFF);
            }
            if (rc.getType() == int.class) {
                return Integer.parseInt(text);
            }
            if (rc.getType() == long.class) {
                return Long.parseLong(text);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a decimal number, got '" + text + "'", e);
        }
        throw new IllegalStateException(what + " has an unsupported type " + rc.getType());
    }

    private static byte[] hex(String what, String text) {
        try {
            return Hex.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be 4 hex digits: " + e.getMessage(), e);
        }
    }

    private static JsonNode readJson(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                throw new IllegalArgumentException("MAC command " + text + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("MAC command is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /// Record simple names match spec names case-insensitively (`LinkAdrReq` and `LinkADRReq`).
    private static Map<String, Class<?>> byName() {
        return Arrays.stream(MacCommand.class.getPermittedSubclasses())
                .filter(c -> c != MacCommand.Unknown.class)
                .collect(Collectors.toUnmodifiableMap(c -> c.getSimpleName().toLowerCase(Locale.ROOT), c -> c));
    }
}
