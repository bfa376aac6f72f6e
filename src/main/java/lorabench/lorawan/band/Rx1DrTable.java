// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/// The RX1 data rate for each uplink data rate and RX1DROffset (RP002-1.0.4 "RX1 receive window" tables).
/// `noDwell.get(uplinkDr).get(offset)` is the downlink DR; `dwell` is the table while downlink dwell time applies
/// (it differs only in AS923, where the minimum becomes DR2).
public record Rx1DrTable(Map<Integer, List<Integer>> noDwell, Map<Integer, List<Integer>> dwell) {
    public Rx1DrTable {
        noDwell = copy(noDwell);
        dwell = copy(dwell);
    }

    /// {@return a table given row by row, the same with and without dwell time}
    public static Rx1DrTable of(Map<Integer, List<Integer>> rows) {
        return new Rx1DrTable(rows, rows);
    }

    /// Builds the table of the rule `RX1 DR = clamp(uplinkDr - effectiveOffset[offset], minDr, maxDr)`; a result that is
    /// not a defined downlink DR (IN865 has no DR6) steps down to the next defined one.
    public static Map<Integer, List<Integer>> clamped(Set<Integer> uplinkDrs, int[] effectiveOffsets, int minDr,
                                                     int maxDr, Set<Integer> downlinkDrs) {
        Map<Integer, List<Integer>> rows = new TreeMap<>();
        for (int up : uplinkDrs) {
            List<Integer> row = new ArrayList<>();
            for (int off : effectiveOffsets) {
                int dr = Math.max(minDr, Math.min(maxDr, up - off));
                while (dr > minDr && !downlinkDrs.contains(dr)) {
                    dr--;
                }
                row.add(dr);
            }
            rows.put(up, List.copyOf(row));
        }
        return rows;
    }

    /// {@return the RX1 data rate, or empty when the uplink DR or offset is outside the table}
    public OptionalInt lookup(int uplinkDr, int rx1DrOffset, boolean downlinkDwellTime) {
        List<Integer> row = (downlinkDwellTime ? dwell : noDwell).get(uplinkDr);
        if (row == null || rx1DrOffset < 0 || rx1DrOffset >= row.size()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(row.get(rx1DrOffset));
    }

    /// {@return the number of RX1DROffset values the band defines}
    public int offsets() {
        return noDwell.values().iterator().next().size();
    }

    private static Map<Integer, List<Integer>> copy(Map<Integer, List<Integer>> m) {
        TreeMap<Integer, List<Integer>> t = new TreeMap<>();
        m.forEach((k, v) -> t.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableSortedMap(t);
    }
}
