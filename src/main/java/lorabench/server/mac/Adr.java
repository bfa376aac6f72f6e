// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Bandwidth;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.band.DataRate;

/// Network-side adaptive data rate (LoRaWAN L2 1.0.4 §4.3.1.1), the algorithm of ChirpStack's "default" ADR
/// (`chirpstack/src/adr/default.rs`, after Semtech's recommendation): from the best SNR over the recent uplinks,
/// nStep = floor((maxSNR − requiredSNR(DR) − margin) / 3), the SNR of samples sent at another power corrected by
/// the power difference; each positive step raises the data rate (up to the highest
/// LoRa 125 kHz data rate the enabled channels allow) and then lowers the power; each negative step raises the
/// power (never lowers the data rate), and only once the history is full at the current power. NbTrans follows the
/// packet-error rate of a full history (ChirpStack's table).
final class Adr {
    /// The settings ADR asks for.
    record Target(int dataRate, int txPowerIndex, int nbTrans) {}

    /// NbTrans by loss band (< 5 %, < 10 %, < 30 %, more) and current NbTrans 1..3 (ChirpStack's table).
    private static final int[][] NB_TRANS = {{1, 1, 2}, {1, 2, 3}, {2, 3, 3}, {3, 3, 3}};

    private final AdrConfig config;

    Adr(AdrConfig config) {
        this.config = config;
    }

    AdrConfig config() {
        return config;
    }

    /// {@return `history` with this uplink's sample added}, the oldest dropped beyond the history size; a repeated
    /// transmission (same FCnt as the newest sample) keeps the better SNR instead of adding a sample
    List<MacState.AdrSample> record(List<MacState.AdrSample> history, MacState.AdrSample sample) {
        List<MacState.AdrSample> out = new ArrayList<>(history);
        if (!out.isEmpty() && out.getLast().fCnt() == sample.fCnt()) {
            MacState.AdrSample last = out.removeLast();
            sample = last.maxSnr() >= sample.maxSnr() ? last : sample;
        }
        out.add(sample);
        while (out.size() > config.historySize()) {
            out.removeFirst();
        }
        return List.copyOf(out);
    }

    /// {@return the settings to ask for}, empty when ADR is off, the device's ADR bit is clear, the uplink was not
    /// LoRa 125 kHz, or nothing would change
    Optional<Target> evaluate(Band band, MacState s, int uplinkDr, boolean deviceAdr) {
        if (!config.enabled() || !deviceAdr || s.adrHistory().isEmpty() || !isLora125(band, uplinkDr)) {
            return Optional.empty();
        }
        OptionalInt maxLora = maxDataRate(band, s);
        if (maxLora.isEmpty()) {
            return Optional.empty();
        }
        int maxDr = maxLora.getAsInt();
        for (int r : s.rejectedDataRates()) {
            if (r > uplinkDr) {
                maxDr = Math.min(maxDr, r - 1);
            }
        }
        int maxPower = band.txPower().offsetsDb().size() - 1;
        for (int r : s.rejectedTxPowers()) {
            if (r > s.txPowerIndex()) {
                maxPower = Math.min(maxPower, r - 1);
            }
        }
        int dr = Math.min(uplinkDr, maxDr);
        int power = Math.min(s.txPowerIndex(), maxPower);
        int nbTrans = nbTrans(s.nbTrans(), lossPercent(s.adrHistory()));
        double required = requiredSnr(band, dr);
        double maxSnr = maxSnrAtPower(band, s.adrHistory(), s.txPowerIndex());
        int nStep = (int) Math.floor((maxSnr - required - config.installationMarginDb()) / 3.0);
        long samplesAtPower = s.adrHistory().stream().filter(h -> h.txPowerIndex() == s.txPowerIndex()).count();
        if (nStep < 0 && samplesAtPower < config.historySize()) {
            nStep = 0;
        }
        for (; nStep > 0; nStep--) {
            if (dr < maxDr) {
                dr++;
            } else if (power < maxPower) {
                power++;
            }
        }
        for (; nStep < 0; nStep++) {
            if (power > 0) {
                power--;
            }
        }
        Target t = new Target(dr, power, nbTrans);
        return t.equals(new Target(uplinkDr, s.txPowerIndex(), s.nbTrans())) ? Optional.empty() : Optional.of(t);
    }

    /// {@return the best SNR of `history` as if every sample had been sent at TX power `powerIndex`}: a sample
    /// sent at a higher power had a better SNR by the power difference. Without this the samples from before a
    /// power step keep the maximum high for a whole history, so each uplink lowers the power again, step after
    /// step, until the device is out of range (seen in a virtual-time run: RSSI from -92 to -124 dBm in 6 hours,
    /// then silence). ChirpStack avoids it by the same history mostly being at one power; here it is explicit.
    static double maxSnrAtPower(Band band, List<MacState.AdrSample> history, int powerIndex) {
        List<Double> offsets = band.txPower().offsetsDb();
        double now = offsetDb(offsets, powerIndex);
        return history.stream().mapToDouble(h -> h.maxSnr() - offsetDb(offsets, h.txPowerIndex()) + now).max()
                .orElseThrow();
    }

    private static double offsetDb(List<Double> offsets, int index) {
        return offsets.get(Math.max(0, Math.min(offsets.size() - 1, index)));
    }

    /// {@return the highest LoRa 125 kHz uplink data rate an enabled channel allows}
    static OptionalInt maxDataRate(Band band, MacState s) {
        int max = -1;
        for (int ch : s.enabledChannels()) {
            Channel c = ch < s.channels().size() ? s.channels().get(ch) : null;
            if (c == null) {
                continue;
            }
            for (int dr = c.minDr(); dr <= c.maxDr(); dr++) {
                if (band.uplinkDrs().contains(dr) && isLora125(band, dr)) {
                    max = Math.max(max, dr);
                }
            }
        }
        return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
    }

    static boolean isLora125(Band band, int dr) {
        return band.dataRate(dr).filter(d -> d instanceof DataRate.LoRa l && l.bandwidth() == Bandwidth.BW125)
                .isPresent();
    }

    /// {@return the SNR a LoRa receiver needs at `dr`}: −7.5 dB at SF7, 2.5 dB lower per spreading-factor step
    static double requiredSnr(Band band, int dr) {
        return band.dataRate(dr).map(MacLayer::demodulationFloorDb).orElse(-20.0);
    }

    /// {@return the percentage of uplinks lost over `history`}, judged from FCnt gaps; 0 until the history is full
    double lossPercent(List<MacState.AdrSample> history) {
        if (history.size() < config.historySize()) {
            return 0;
        }
        long lost = 0;
        for (int i = 1; i < history.size(); i++) {
            lost += Math.max(0, history.get(i).fCnt() - history.get(i - 1).fCnt() - 1);
        }
        return lost * 100.0 / history.size();
    }

    static int nbTrans(int current, double lossPercent) {
        int column = Math.max(1, Math.min(3, current)) - 1;
        int row = lossPercent < 5 ? 0 : lossPercent < 10 ? 1 : lossPercent < 30 ? 2 : 3;
        return NB_TRANS[row][column];
    }
}
