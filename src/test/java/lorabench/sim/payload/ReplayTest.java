// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import static lorabench.sim.payload.GeneratorsTest.T0;
import static lorabench.sim.payload.GeneratorsTest.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import lorabench.lorawan.types.Eui64;
import org.junit.jupiter.api.Test;

class ReplayTest {
    static Replay load(Replay.Mode mode) {
        return Replay.fromJsonl(new InputStreamReader(ReplayTest.class.getResourceAsStream("/sim/session-log.jsonl"),
                StandardCharsets.UTF_8), mode);
    }

    static String next(Replay r, String devEui, long counter) {
        return r.next(new GeneratorContext(0, Eui64.parse(devEui), counter, T0, random(1), new GeneratorState()))
                .toHex();
    }

    @Test
    void replaysEachDevicesOwnUplinksAndLoops() {
        Replay r = load(Replay.Mode.MATCH_DEV_EUI);
        assertEquals(4, r.all().size());
        assertEquals("0167010A", next(r, "70B3D57ED0000001", 0));
        assertEquals("0167011E", next(r, "70B3D57ED0000001", 1));
        assertEquals("0167010A", next(r, "70B3D57ED0000001", 2));
        assertEquals("AA01", next(r, "70B3D57ED0000002", 0));
        assertEquals("AA02", next(r, "70B3D57ED0000002", 1));
        // a device missing from the log replays the whole log
        assertEquals("AA01", next(r, "0000000000000009", 1));
    }

    @Test
    void replaysTheWholeLogInOrder() {
        Replay r = load(Replay.Mode.IN_ORDER);
        assertEquals("0167010A", next(r, "70B3D57ED0000002", 0));
        assertEquals("AA01", next(r, "70B3D57ED0000002", 1));
        assertEquals("0167011E", next(r, "70B3D57ED0000002", 2));
        assertEquals("AA02", next(r, "70B3D57ED0000002", 3));
        assertEquals("0167010A", next(r, "70B3D57ED0000002", 4));
    }

    @Test
    void namesTheBadLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> Replay.fromJsonl(new StringReader(
                "{\"direction\":\"up\",\"payload\":\"01\"}\n{oops\n"), Replay.Mode.IN_ORDER));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("session log line 2: not JSON: "));
        e = assertThrows(IllegalArgumentException.class, () -> Replay.fromJsonl(new StringReader(
                "{\"direction\":\"up\",\"payload\":\"0G\"}\n"), Replay.Mode.IN_ORDER));
        assertEquals("session log line 1: hex value '0G' has a non-hex character at position 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Replay.fromJsonl(new StringReader(
                "{\"direction\":\"down\",\"payload\":\"01\"}\n"), Replay.Mode.IN_ORDER));
        assertEquals("the session log holds no uplink with a payload", e.getMessage());
    }
}
