// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.Optional;

/// The maximum payload sizes of one data rate: without and with the 400 ms dwell-time limit, each in the
/// "not repeater compatible" and "repeater compatible" columns of RP002-1.0.4. An empty dwell-time limit means the data
/// rate may not be used while dwell time applies ("N/A" in the tables).
public record PayloadLimits(MaxPayload noDwell, MaxPayload noDwellRepeater, Optional<MaxPayload> dwell,
                            Optional<MaxPayload> dwellRepeater) {
    /// The repeater-compatible columns cap MACPayload at 230 bytes (the 250-byte rows become 230, RP002-1.0.4 §2).
    public static final int REPEATER_MAX_M = 230;

    public PayloadLimits {
        java.util.Objects.requireNonNull(noDwell);
        java.util.Objects.requireNonNull(noDwellRepeater);
        java.util.Objects.requireNonNull(dwell);
        java.util.Objects.requireNonNull(dwellRepeater);
    }

    /// {@return limits `m` without dwell time, and the same with dwell time}
    public static PayloadLimits of(int m) {
        return of(m, m);
    }

    /// {@return limits `m` without and `dwellM` with dwell time; `dwellM` 0 means "not allowed with dwell time"}
    public static PayloadLimits of(int m, int dwellM) {
        Optional<MaxPayload> dwell = dwellM == 0 ? Optional.empty() : Optional.of(MaxPayload.ofM(dwellM));
        return new PayloadLimits(MaxPayload.ofM(m), MaxPayload.ofM(Math.min(m, REPEATER_MAX_M)), dwell,
                dwell.map(p -> MaxPayload.ofM(Math.min(p.m(), REPEATER_MAX_M))));
    }

    /// {@return a copy whose repeater-compatible columns allow at most `repeaterM` bytes of MACPayload} (US915 and
    /// AU915 downlink DR8 and DR9 lose 20 bytes to the repeater: 61 → 41, 137 → 117)
    public PayloadLimits withRepeaterMax(int repeaterM) {
        return new PayloadLimits(noDwell, MaxPayload.ofM(Math.min(noDwell.m(), repeaterM)), dwell,
                dwell.map(p -> MaxPayload.ofM(Math.min(p.m(), repeaterM))));
    }

    /// {@return a copy without a dwell-time limit}: the dwell-time columns equal the others (bands of revisions that
    /// had no dwell time, e.g. AU915 before 1.0.3rA)
    public PayloadLimits withoutDwellLimit() {
        return new PayloadLimits(noDwell, noDwellRepeater, Optional.of(noDwell), Optional.of(noDwellRepeater));
    }

    /// {@return the limit that applies} (empty when the data rate is not allowed under dwell time)
    public Optional<MaxPayload> get(boolean dwellTime, boolean repeaterCompatible) {
        if (dwellTime) {
            return repeaterCompatible ? dwellRepeater : dwell;
        }
        return Optional.of(repeaterCompatible ? noDwellRepeater : noDwell);
    }
}
