// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import static lorabench.sim.payload.GeneratorsTest.T0;
import static lorabench.sim.payload.GeneratorsTest.ctx;
import static lorabench.sim.payload.GeneratorsTest.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JavaScriptTest {

    @Test
    void returnsAnArrayOfBytesBuiltFromTheContext() {
        var js = new JavaScript("""
                function generate(ctx) {
                  return [ctx.uplinkCounter & 0xFF, ctx.deviceIndex, ctx.devEui.length, ctx.time.length];
                }""");
        assertEquals("07001014", js.next(ctx(7)).toHex());
    }

    @Test
    void returnsAHexString() {
        var js = new JavaScript("function generate(ctx) { return 'cafe' + (ctx.uplinkCounter < 16 ? '0' : '') "
                + "+ ctx.uplinkCounter.toString(16); }");
        assertEquals("CAFE0B", js.next(ctx(11)).toHex());
    }

    @Test
    void randomnessComesFromTheDeviceSeed() {
        var js = new JavaScript("function generate(ctx) { return [Math.floor(ctx.random() * 256),"
                + " Math.floor(Math.random() * 256)]; }");
        var a = js.next(GeneratorsTest.ctx(0, T0, random(77), new GeneratorState()));
        var b = js.next(GeneratorsTest.ctx(0, T0, random(77), new GeneratorState()));
        assertEquals(a, b);
    }

    @Test
    void stopsARunawayLoopWithAClearError() {
        var js = new JavaScript("function generate(ctx) { while (true) {} }", 1_000_000, Duration.ofSeconds(30));
        var e = assertThrows(PayloadGenerationException.class, () -> js.next(ctx(0)));
        assertEquals("JavaScript generator stopped: it ran more than 1000000 instructions", e.getMessage());
        // the generator stays usable
        var ok = new JavaScript("var n = 0; function generate(ctx) { n++; if (ctx.uplinkCounter == 0) { "
                + "while (true) {} } return [n]; }", 1_000_000, Duration.ofSeconds(30));
        assertThrows(PayloadGenerationException.class, () -> ok.next(ctx(0)));
        assertEquals("02", ok.next(ctx(1)).toHex());
    }

    @Test
    void aScriptCannotCatchTheStop() {
        var js = new JavaScript("function generate(ctx) { for (;;) { try { while (true) {} } catch (e) {} } }",
                500_000, Duration.ofSeconds(30));
        var e = assertThrows(PayloadGenerationException.class, () -> js.next(ctx(0)));
        assertTrue(e.getMessage().startsWith("JavaScript generator stopped"), e.getMessage());
    }

    @Test
    void stopsWhenTheTimeLimitPasses() {
        // a huge instruction budget, so only the (generous) wall-clock watchdog can stop it
        var js = new JavaScript("function generate(ctx) { while (true) {} }", Long.MAX_VALUE,
                Duration.ofMillis(200));
        var e = assertThrows(PayloadGenerationException.class, () -> js.next(ctx(0)));
        assertEquals("JavaScript generator stopped: it ran longer than 200 ms", e.getMessage());
    }

    @Test
    void hasNoJavaAccess() {
        var js = new JavaScript("function generate(ctx) { return [typeof java, typeof Packages, "
                + "typeof importClass].join(',') == 'undefined,undefined,undefined' ? [1] : [0]; }");
        assertEquals("01", js.next(ctx(0)).toHex());
        var reflective = new JavaScript("function generate(ctx) { return [ctx.getClass().getName()]; }");
        assertThrows(PayloadGenerationException.class, () -> reflective.next(ctx(0)));
    }

    @Test
    void reportsBadResultsAndErrors() {
        var e = assertThrows(PayloadGenerationException.class,
                () -> new JavaScript("function generate(ctx) { return [1, 300]; }").next(ctx(0)));
        assertEquals("JavaScript generator returned an array whose element 1 is not a byte 0..255: 300",
                e.getMessage());
        e = assertThrows(PayloadGenerationException.class,
                () -> new JavaScript("function generate(ctx) { }").next(ctx(0)));
        assertEquals("JavaScript generator must return an array of bytes or a hex string, returned nothing",
                e.getMessage());
        e = assertThrows(PayloadGenerationException.class,
                () -> new JavaScript("function generate(ctx) { return 'xyz'; }").next(ctx(0)));
        assertTrue(e.getMessage().startsWith("JavaScript generator returned a string that is not hex"));
        e = assertThrows(PayloadGenerationException.class,
                () -> new JavaScript("function generate(ctx) {\n  throw new Error('boom');\n}").next(ctx(0)));
        assertTrue(e.getMessage().startsWith("JavaScript generator failed: Error: boom"), e.getMessage());
        var c = assertThrows(IllegalArgumentException.class, () -> new JavaScript("function gen() { return [1]; }"));
        assertEquals("the script defines no function generate(ctx)", c.getMessage());
        c = assertThrows(IllegalArgumentException.class, () -> new JavaScript("function generate(ctx) { return [1; }"));
        assertTrue(c.getMessage().startsWith("the script does not compile or run:"), c.getMessage());
    }
}
