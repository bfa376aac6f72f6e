// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.List;

/// TX power table: `offsetsDb.get(i)` is TXPower index `i` as an offset from the maximum EIRP (RP002-1.0.4 "TX power
/// table"), and `defaultMaxEirpDbm` is the band's default max EIRP.
public record TxPower(double defaultMaxEirpDbm, List<Double> offsetsDb) {
    public TxPower {
        // NOTE: `+ 0.0` turns -0.0 (from -2.0 * 0, or an imported snapshot) into 0.0, so snapshots print 0.0.
        offsetsDb = offsetsDb.stream().map(d -> d + 0.0).toList();
        if (offsetsDb.isEmpty() || offsetsDb.get(0) != 0.0) {
            throw new IllegalArgumentException("TXPower 0 must be the max EIRP (offset 0)");
        }
    }

    /// {@return offsets 0, -2, ... down to `-2 * (count - 1)` dB}
    public static TxPower steps(double defaultMaxEirpDbm, int count) {
        Double[] o = new Double[count];
        for (int i = 0; i < count; i++) {
            o[i] = -2.0 * i;
        }
        return new TxPower(defaultMaxEirpDbm, List.of(o));
    }
}
