// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.mac.Cid;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// [MacCommandParser] is the inverse of the JSON `frame decode` prints: over every command of the ChirpStack MAC
/// vectors (`mac-commands.csv`), JSON -> command and `Name:field=value` -> command give the decoded record back.
class MacCommandParserTest {
    static List<Arguments> commands() throws IOException, MalformedFrameException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = MacCommandParserTest.class.getResourceAsStream("/vectors/mac-commands.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split(",", 4);
                Direction dir = f[1].equals("up") ? Direction.UPLINK : Direction.DOWNLINK;
                for (MacCommand c : MacCommandCodec.decode(dir, Bytes.fromHex(f[2].replace(" ", "").replace("|", "")))) {
                    if (!(c instanceof MacCommand.Unknown)) {
                        out.add(Arguments.of(f[0] + " " + c.specName(), dir, c));
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void readsBackTheJsonDecodePrints(String name, Direction dir, MacCommand command) {
        String json = FrameJson.macCommands(List.of(command)).get(0).toString();
        assertEquals(command, MacCommandParser.parse(json, dir), json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void readsTheCompactNotation(String name, Direction dir, MacCommand command) {
        StringBuilder text = new StringBuilder(command.specName().toLowerCase());
        String sep = ":";
        for (var e : lorabench.lorawan.mac.MacCommandFields.of(command).entrySet()) {
            if (!e.getKey().equals("cid")) {
                text.append(sep).append(e.getKey()).append('=').append(e.getValue());
                sep = ",";
            }
        }
        assertEquals(command, MacCommandParser.parse(text.toString(), dir), text.toString());
    }

    @Test
    void knowsEveryCommandOfTheCidTable() {
        for (Cid cid : Cid.values()) {
            for (Direction dir : Direction.values()) {
                cid.specName(dir).ifPresent(n -> {
                    try {
                        MacCommandParser.parse(n + ":nope=1", dir);
                    } catch (IllegalArgumentException e) {
                        assertEquals(true, e.getMessage().startsWith(n + " has no field 'nope'"), e.getMessage());
                    }
                });
            }
        }
    }
}
