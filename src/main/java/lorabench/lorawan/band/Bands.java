// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// The band definitions, one per [BandId] and [RegionalRevision] (the role of TTS `band.All`). Immutable values built
/// once. Each region class holds its RP002-1.0.4 literal and the differences of the older revisions.
public final class Bands {
    private static final Map<BandId, Map<RegionalRevision, Band>> ALL = build();

    /// Why a band is missing from a revision, for the error message.
    private static final Map<BandId, String> ABSENT = Map.of(
            BandId.CN470, "the CN470 of 1.0.2rA/rB is the older 96-channel plan (96 uplink, 48 downlink channels), "
                    + "which LoRaBench does not model; the 20 MHz type A plan starts with RP002-1.0.0",
            BandId.AS923_2, "the AS923 groups 2 and 3 were added by RP002-1.0.1",
            BandId.AS923_3, "the AS923 groups 2 and 3 were added by RP002-1.0.1",
            BandId.IN865, "IN865 was added by 1.0.2rB",
            BandId.RU864, "RU864 was added by 1.0.3rA; the first revision the profiles name with it is RP002-1.0.0");

    private Bands() {
    }

    private static Map<BandId, Map<RegionalRevision, Band>> build() {
        Map<BandId, Map<RegionalRevision, Band>> m = new EnumMap<>(BandId.class);
        m.put(BandId.EU868, Eu868.revisions());
        m.put(BandId.US915, Us915.revisions());
        m.put(BandId.AU915, Au915.revisions());
        m.put(BandId.CN470, Cn470.revisions());
        m.put(BandId.AS923_1, As923.group1Revisions());
        m.put(BandId.AS923_2, As923.groupRevisions(BandId.AS923_2));
        m.put(BandId.AS923_3, As923.groupRevisions(BandId.AS923_3));
        m.put(BandId.IN865, In865.revisions());
        m.put(BandId.RU864, Ru864.revisions());
        m.put(BandId.JP923, As923.japanRevisions());
        m.put(BandId.KR920, Kr920.revisions());
        m.replaceAll((id, revisions) -> Collections.unmodifiableMap(new EnumMap<>(revisions)));
        return Collections.unmodifiableMap(m);
    }

    /// {@return the band `id` in the current revision, RP002-1.0.4}
    public static Band lookup(BandId id) {
        return ALL.get(id).get(RegionalRevision.LATEST);
    }

    /// {@return the band `id` as `revision` defines it}
    /// @throws IllegalArgumentException naming the band, the revision, the revisions that do define it and why
    public static Band lookup(BandId id, RegionalRevision revision) {
        return find(id, revision).orElseThrow(() -> new IllegalArgumentException(id + " is not defined by "
                + "regional parameters " + revision.key() + " (defined by " + String.join(", ",
                revisions(id).stream().map(RegionalRevision::key).toList()) + ")"
                + Optional.ofNullable(ABSENT.get(id)).map(why -> ": " + why).orElse("")));
    }

    /// {@return the band `id` of `revision`, or empty when that revision does not define it}
    public static Optional<Band> find(BandId id, RegionalRevision revision) {
        return Optional.ofNullable(ALL.get(id).get(revision));
    }

    /// {@return the revisions that define band `id`}, oldest first
    public static Set<RegionalRevision> revisions(BandId id) {
        return ALL.get(id).keySet();
    }

    /// {@return every band in the current revision, in [BandId] order}
    public static List<Band> all() {
        return ALL.keySet().stream().map(Bands::lookup).toList();
    }

    /// {@return every band of every revision}, in [BandId] order and then oldest revision first
    public static List<Band> allRevisions() {
        List<Band> out = new ArrayList<>();
        ALL.values().forEach(revisions -> out.addAll(revisions.values()));
        return List.copyOf(out);
    }
}
