// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/// The band definitions, one per [BandId] (the role of TTS `band.All`). Immutable values built once.
public final class Bands {
    private static final Map<BandId, Band> ALL = build();

    private Bands() {
    }

    private static Map<BandId, Band> build() {
        Map<BandId, Band> m = new EnumMap<>(BandId.class);
        for (Band b : List.of(Eu868.BAND, Us915.BAND, Au915.BAND, Cn470.BAND, As923.GROUP_1, As923.GROUP_2,
                As923.GROUP_3, In865.BAND, Ru864.BAND, As923.JAPAN, Kr920.BAND)) {
            m.put(b.id(), b);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /// {@return the band `id` in the current revision, RP002-1.0.4}
    public static Band lookup(BandId id) {
        return ALL.get(id);
    }

    /// {@return the band `id` in `revision`}
    public static Band lookup(BandId id, RegionalRevision revision) {
        Band b = ALL.get(id);
        if (b.revision() != revision) {
            throw new IllegalArgumentException(id + " is not defined for " + revision);
        }
        return b;
    }

    /// {@return every band, in [BandId] order}
    public static List<Band> all() {
        return List.copyOf(ALL.values());
    }
}
