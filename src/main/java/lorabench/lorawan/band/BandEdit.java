// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/// A band of an older revision written as its differences from a newer definition (package-private: used by the
/// region classes, as TTS keeps one band per regional-parameters version next to the newest).
final class BandEdit {
    private final Band base;
    private final RegionalRevision revision;
    private final TreeMap<Integer, DataRateSpec> dataRates;
    private DrRange uplinkDrs;
    private DrRange downlinkDrs;
    private List<Channel> defaultChannels;
    private List<Channel> joinChannels;
    private Optional<JoinDataRates> joinDataRates;
    private CfListType cfListType;
    private Rx1DrTable rx1DrTable;
    private Rx2 rx2;
    private TxPower txPower;
    private DwellTime dwellTime;
    private ClassB classB;

    private BandEdit(Band base, RegionalRevision revision) {
        this.base = base;
        this.revision = revision;
        this.dataRates = new TreeMap<>(base.dataRates());
        this.uplinkDrs = base.uplinkDrs();
        this.downlinkDrs = base.downlinkDrs();
        this.defaultChannels = base.defaultChannels();
        this.joinChannels = base.joinChannels();
        this.joinDataRates = base.joinDataRates();
        this.cfListType = base.cfListType();
        this.rx1DrTable = base.rx1DrTable();
        this.rx2 = base.rx2();
        this.txPower = base.txPower();
        this.dwellTime = base.dwellTime();
        this.classB = base.classB();
    }

    /// {@return the band of every revision from `first` to [RegionalRevision#LATEST]}: `latest` itself for the newest,
    /// and for each older one `latest` changed by `differences`
    static Map<RegionalRevision, Band> revisions(Band latest, RegionalRevision first,
            BiConsumer<RegionalRevision, BandEdit> differences) {
        Map<RegionalRevision, Band> out = new EnumMap<>(RegionalRevision.class);
        for (RegionalRevision r : RegionalRevision.values()) {
            if (r.before(first)) {
                continue;
            }
            if (r == RegionalRevision.LATEST) {
                out.put(r, latest);
            } else {
                BandEdit edit = of(latest, r);
                differences.accept(r, edit);
                out.put(r, edit.build());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /// {@return an edit of `base` that builds the band of `revision`}
    static BandEdit of(Band base, RegionalRevision revision) {
        return new BandEdit(base, revision);
    }

    /// Removes uplink data rates `from..to` (data rates a revision did not define yet, e.g. LR-FHSS before
    /// RP002-1.0.2): their rows leave the RX1 table, the uplink range ends below them and channels stop at it.
    BandEdit withoutUplinkDrs(int from, int to) {
        if (to != uplinkDrs.max() || from <= uplinkDrs.min()) {
            throw new IllegalArgumentException("only the fastest uplink data rates can be removed: DR" + from + "..DR"
                    + to + " of " + uplinkDrs);
        }
        for (int dr = from; dr <= to; dr++) {
            dataRates.remove(dr);
        }
        rx1DrTable = new Rx1DrTable(dropRows(rx1DrTable.noDwell(), from, to), dropRows(rx1DrTable.dwell(), from, to));
        uplinkDrs = new DrRange(uplinkDrs.min(), from - 1);
        defaultChannels = capped(defaultChannels, from - 1);
        joinChannels = capped(joinChannels, from - 1);
        return this;
    }

    /// Replaces the whole data-rate table and both ranges.
    BandEdit dataRates(Map<Integer, DataRateSpec> rates, DrRange uplink, DrRange downlink) {
        dataRates.clear();
        dataRates.putAll(rates);
        uplinkDrs = uplink;
        downlinkDrs = downlink;
        return this;
    }

    BandEdit channels(List<Channel> defaults, List<Channel> join) {
        defaultChannels = defaults;
        joinChannels = join;
        return this;
    }

    BandEdit joinDataRates(Optional<JoinDataRates> drs) {
        joinDataRates = drs;
        return this;
    }

    BandEdit cfListType(CfListType type) {
        cfListType = type;
        return this;
    }

    BandEdit rx1(Rx1DrTable table) {
        rx1DrTable = table;
        return this;
    }

    BandEdit rx2(Rx2 newRx2) {
        rx2 = newRx2;
        return this;
    }

    BandEdit txPower(TxPower power) {
        txPower = power;
        return this;
    }

    BandEdit dwellTime(DwellTime dwell) {
        dwellTime = dwell;
        return this;
    }

    BandEdit classB(ClassB newClassB) {
        classB = newClassB;
        return this;
    }

    Band build() {
        return new Band(base.id(), revision, dataRates, uplinkDrs, downlinkDrs, defaultChannels, joinChannels,
                joinDataRates, base.maxChannels(), cfListType, base.chMaskScheme(), rx1DrTable, base.rx1Frequency(),
                rx2, base.timing(), txPower, base.subBands(), dwellTime, classB, base.lbt());
    }

    private static Map<Integer, List<Integer>> dropRows(Map<Integer, List<Integer>> rows, int from, int to) {
        Map<Integer, List<Integer>> out = new TreeMap<>(rows);
        out.keySet().removeIf(dr -> dr >= from && dr <= to);
        return out;
    }

    /// Channels whose range reaches `maxDr` or beyond end at `maxDr`.
    private static List<Channel> capped(List<Channel> channels, int maxDr) {
        List<Channel> out = new ArrayList<>(channels.size());
        for (Channel c : channels) {
            out.add(c.maxDr() > maxDr ? new Channel(c.frequencyHz(), Math.min(c.minDr(), maxDr), maxDr) : c);
        }
        return List.copyOf(out);
    }
}
