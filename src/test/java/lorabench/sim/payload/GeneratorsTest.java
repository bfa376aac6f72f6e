// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
    static final Eui64 DEV = Eui64.parse("70B3D57ED0000001");
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    static GeneratorContext ctx(long counter, Instant time, RandomGenerator random, GeneratorState state) {
        return new GeneratorContext(0, DEV, counter, time, random, state);
    }

    static GeneratorContext ctx(long counter) {
        return ctx(counter, T0, random(1), new GeneratorState());
    }

    @Test
    void fixedHexSendsTheSameBytes() {
        assertEquals(Bytes.fromHex("CAFE"), FixedHex.parse("cafe").next(ctx(0)));
        assertEquals(Bytes.fromHex("CAFE"), FixedHex.parse("CA-FE").next(ctx(99)));
    }

    @Test
    void counterIsBigEndianAndWraps() {
        assertEquals("0000", new Counter(2, 0).next(ctx(0)).toHex());
        assertEquals("0102", new Counter(2, 0).next(ctx(0x0102)).toHex());
        assertEquals("FF", new Counter(1, 0).next(ctx(255)).toHex());
        assertEquals("00", new Counter(1, 0).next(ctx(256)).toHex());
        assertEquals("0001", new Counter(2, 0xFFFF).next(ctx(2)).toHex());
        assertEquals("FFFFFFFFFFFFFFFF", new Counter(8, -1L).next(ctx(0)).toHex());
        assertEquals("0000000000000000", new Counter(8, -1L).next(ctx(1)).toHex());
        assertThrows(IllegalArgumentException.class, () -> new Counter(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Counter(9, 0));
    }

    @Test
    void randomBytesStayWithinLengthAndRepeatWithTheSeed() {
        RandomBytes g = new RandomBytes(3, 7);
        RandomGenerator a = random(5);
        RandomGenerator b = random(5);
        for (int i = 0; i < 200; i++) {
            Bytes x = g.next(ctx(i, T0, a, new GeneratorState()));
            assertTrue(x.size() >= 3 && x.size() <= 7, x.toHex());
            assertEquals(x, g.next(ctx(i, T0, b, new GeneratorState())));
        }
        assertEquals(4, new RandomBytes(4, 4).next(ctx(0)).size());
    }

    @Test
    void sineFollowsItsPeriodAndPhase() {
        var sine = new ValueModel.Sine(20, 5, Duration.ofHours(24), Duration.ZERO);
        assertEquals(20, sine.sample("k", ctx(0, T0, random(1), new GeneratorState())), 1e-9);
        assertEquals(25, sine.sample("k", ctx(0, T0.plus(Duration.ofHours(6)), random(1), new GeneratorState())), 1e-9);
        assertEquals(15, sine.sample("k", ctx(0, T0.plus(Duration.ofHours(18)), random(1), new GeneratorState())), 1e-9);
        var shifted = new ValueModel.Sine(20, 5, Duration.ofHours(24), Duration.ofHours(6));
        assertEquals(25, shifted.sample("k", ctx(0, T0, random(1), new GeneratorState())), 1e-9);
    }

    @Test
    void randomWalkStartsAtStartStaysInBoundsAndRepeatsWithTheSeed() {
        var walk = new ValueModel.RandomWalk(50, 5, 40, 60);
        GeneratorState s1 = new GeneratorState();
        GeneratorState s2 = new GeneratorState();
        RandomGenerator r1 = random(9);
        RandomGenerator r2 = random(9);
        assertEquals(50, walk.sample("h", ctx(0, T0, r1, s1)));
        assertEquals(50, walk.sample("h", ctx(0, T0, r2, s2)));
        boolean moved = false;
        double last = 50;
        for (int i = 1; i < 500; i++) {
            double v = walk.sample("h", ctx(i, T0, r1, s1));
            assertEquals(v, walk.sample("h", ctx(i, T0, r2, s2)));
            assertTrue(v >= 40 && v <= 60, "out of bounds: " + v);
            moved |= v != last;
            last = v;
        }
        assertTrue(moved);
    }

    @Test
    void cayenneGeneratorEncodesEveryChannel() {
        var g = new CayenneLpp(List.of(
                new LppChannel(1, LppType.TEMPERATURE, List.of(new ValueModel.Sine(21, 4, Duration.ofHours(24),
                        Duration.ZERO))),
                new LppChannel(2, LppType.HUMIDITY, List.of(new ValueModel.Constant(48.5))),
                new LppChannel(3, LppType.GPS, List.of(new ValueModel.Constant(42.3519),
                        new ValueModel.Constant(-87.9094), new ValueModel.Constant(10)))));
        Bytes b = g.next(ctx(0, T0.plus(Duration.ofHours(6)), random(1), new GeneratorState()));
        assertEquals("016700FA026861038806765FF2960A0003E8", b.toHex());
        var readings = LppDecoder.decode(b);
        assertEquals(25.0, readings.get(0).values().get(0), 1e-9);
    }

    @Test
    void cayenneRandomWalksKeepOneStatePerChannel() {
        var walk = new ValueModel.RandomWalk(20, 1, 0, 40);
        var g = new CayenneLpp(List.of(new LppChannel(1, LppType.TEMPERATURE, List.of(walk)),
                new LppChannel(2, LppType.TEMPERATURE, List.of(walk))));
        GeneratorState state = new GeneratorState();
        RandomGenerator r = random(3);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            var readings = LppDecoder.decode(g.next(ctx(i, T0, r, state)));
            a.append(readings.get(0).values());
            b.append(readings.get(1).values());
        }
        assertNotEquals(a.toString(), b.toString());
    }
}
