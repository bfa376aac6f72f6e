// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LppRoundTripProperties {

    @Property
    void encodeThenDecodeGivesTheSameReadings(@ForAll("frames") List<LppReading> readings) {
        List<LppReading> decoded = LppCodec.decode(LppCodec.encode(readings));
        assertEquals(readings, decoded);
    }

    @Property
    void decodeThenEncodeGivesTheSameBytes(@ForAll("frames") List<LppReading> readings) {
        var bytes = LppCodec.encode(readings);
        assertEquals(bytes, LppCodec.encode(LppCodec.decode(bytes)));
    }

    @Provide
    Arbitrary<List<LppReading>> frames() {
        return reading().list().ofMaxSize(8);
    }

    /// Readings whose values lie exactly on the type's grid (raw / divisor), within range.
    private Arbitrary<LppReading> reading() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.of(LppType.class),
                Arbitraries.longs().list().ofSize(3)).as((channel, type, seeds) -> {
                    List<Double> values = new ArrayList<>();
                    for (int k = 0; k < type.fields().size(); k++) {
                        LppType.Field f = type.fields().get(k);
                        long span = f.maxRaw() - f.minRaw() + 1;
                        long raw = f.minRaw() + Math.floorMod(seeds.get(k), span);
                        values.add((double) raw / f.divisor());
                    }
                    return new LppReading(channel, type, values);
                });
    }
}
