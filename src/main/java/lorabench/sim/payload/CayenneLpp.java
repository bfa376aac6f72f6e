// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.types.Bytes;

/// Sends a Cayenne LPP frame with one item per channel, each value drawn from its [ValueModel].
public record CayenneLpp(List<LppChannel> channels) implements PayloadGenerator {
    public CayenneLpp {
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a Cayenne LPP generator needs at least one channel");
        }
    }

    @Override
    public Bytes next(GeneratorContext ctx) {
        List<LppReading> readings = new ArrayList<>(channels.size());
        for (int c = 0; c < channels.size(); c++) {
            LppChannel ch = channels.get(c);
            double[] v = new double[ch.values().size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = ch.values().get(k).sample("lpp/" + c + "/" + k, ctx);
            }
            readings.add(LppReading.of(ch.channel(), ch.type(), v));
        }
        return LppCodec.encode(readings);
    }
}
