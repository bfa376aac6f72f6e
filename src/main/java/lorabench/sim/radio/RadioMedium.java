// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.airtime.Airtime;
import lorabench.lorawan.band.Bandwidth;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;

/// The shared air between devices and gateways.
///
/// A transmission is heard by every attached receiver that [listens][RadioReceiver#listens] when its preamble
/// starts, and delivered when it ends, if:
/// 1. the link budget closes: `RSSI = EIRP + receive antenna gain - path loss` ([PathLossModel]) is at least the
///    sensitivity, and `SNR = RSSI - noise floor` at least the SF's demodulation limit ([LinkBudget]; the SNR
///    delivered is the one a radio reports, capped in the low teens);
/// 2. it survives collisions: every other transmission overlapping it in time on the same frequency, bandwidth and
///    spreading factor (and IQ polarity) must be at least [LinkBudget#CAPTURE_THRESHOLD_DB] weaker at this
///    receiver (capture effect); otherwise it is lost. Both packets of a pair within 6 dB are lost. Different
///    spreading factors are treated as orthogonal.
///
/// Deterministic for a seed: shadowing per link and fading per packet come from generators seeded by the seed, the
/// link's node ids and the packet's sequence number, never from the order of calls. Thread-safe (one lock).
public final class RadioMedium {
    /// Transmissions are kept this long after they end, for the collision checks of later ones.
    private static final Duration HISTORY = Duration.ofSeconds(30);

    private final TaskScheduler scheduler;
    private final long seed;
    private final PathLossModel model;
    private final Map<TransmissionKind, List<Attached>> receivers = new EnumMap<>(TransmissionKind.class);
    /// Receivers tuned in windows only ([RadioReceiver#tunedInWindowsOnly]), by identity, with their attach order.
    private final Map<RadioReceiver, Long> windowed = new IdentityHashMap<>();
    /// The windowed receivers with a window announced, in attach order, with the end of their last window.
    private final TreeMap<Long, Tuned> tuned = new TreeMap<>();
    private long attachments;
    /// The recent transmissions by [Channel], each list in start order: a collision check reads only the
    /// transmissions that could collide, not the whole air (with 10,000 devices, hundreds in the last 30 s), and
    /// only back to the longest airtime seen before the one checked.
    private final Map<Channel, ArrayDeque<Aired>> history = new HashMap<>();
    private long longestAirtimeNanos;
    private final RadioStats.Counters counters = new RadioStats.Counters();
    private long sequence;

    public RadioMedium(TaskScheduler scheduler, long seed, PathLossModel model) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.seed = seed;
        this.model = Objects.requireNonNull(model, "model");
        for (TransmissionKind k : TransmissionKind.values()) {
            receivers.put(k, new ArrayList<>());
        }
    }

    public PathLossModel model() {
        return model;
    }

    /// An attached receiver and its attach order (receivers are offered a transmission in attach order).
    private record Attached(long order, RadioReceiver receiver) {}

    /// A windowed receiver's announced listening, up to `until`.
    private record Tuned(RadioReceiver receiver, Instant until) {}

    /// Attaches `receiver` for the kinds it [hears][RadioReceiver#hears].
    public synchronized void attach(RadioReceiver receiver) {
        long order = attachments++;
        if (receiver.tunedInWindowsOnly()) {
            windowed.put(receiver, order);
            return;
        }
        receivers.forEach((kind, list) -> {
            if (receiver.hears(kind)) {
                list.add(new Attached(order, receiver));
            }
        });
    }

    public synchronized void detach(RadioReceiver receiver) {
        receivers.values().forEach(list -> list.removeIf(a -> a.receiver() == receiver));
        Long order = windowed.remove(receiver);
        if (order != null) {
            tuned.remove(order);
        }
    }

    /// Announces that a windowed receiver ([RadioReceiver#tunedInWindowsOnly]) has a receive window open, or
    /// about to open, that closes at `until`; ignored for other receivers.
    public synchronized void listenUntil(RadioReceiver receiver, Instant until) {
        Long order = windowed.get(receiver);
        if (order == null) {
            return;
        }
        Tuned known = tuned.get(order);
        if (known == null || until.isAfter(known.until())) {
            tuned.put(order, new Tuned(receiver, until));
        }
    }

    /// Starts a transmission now; {@return it}, with its airtime from [Airtime#of]
    public Transmission transmit(NodeId sender, TransmissionKind kind, Position position, long frequencyHz,
            DataRate.LoRa dataRate, double txPowerDbm, Bytes phyPayload) {
        Direction dir = kind == TransmissionKind.UPLINK ? Direction.UPLINK : Direction.DOWNLINK;
        Duration airtime = Airtime.of(dataRate, phyPayload.size(), dir);
        Transmission t;
        List<RadioReceiver> candidates;
        synchronized (this) {
            Instant now = scheduler.instant();
            t = new Transmission(sequence++, sender, kind, position, frequencyHz, dataRate, txPowerDbm, phyPayload,
                    now, airtime);
            // in start order; a long frame at the head only delays the pruning of shorter ones behind it
            ArrayDeque<Aired> same = history.computeIfAbsent(Channel.of(t), c -> new ArrayDeque<>());
            long nowNanos = nanos(now);
            while (!same.isEmpty() && same.peekFirst().endNanos() + HISTORY_NANOS < nowNanos) {
                same.pollFirst();
            }
            same.add(new Aired(t, nowNanos, nowNanos + airtime.toNanos()));
            longestAirtimeNanos = Math.max(longestAirtimeNanos, airtime.toNanos());
            counters.transmitted(t);
            candidates = candidates(kind, now);
        }
        List<RadioReceiver> listening = new ArrayList<>();
        for (RadioReceiver r : candidates) {
            if (!r.id().equals(sender) && r.listens(t)) {
                listening.add(r);
            }
        }
        scheduler.schedule(airtime, () -> finish(t, listening));
        return t;
    }

    /// {@return the receivers to ask whether they listen to a transmission of `kind` starting `now`}, in attach
    /// order: those always asked, merged with the windowed ones whose last window has not closed (the others are
    /// forgotten until they announce a window again)
    private List<RadioReceiver> candidates(TransmissionKind kind, Instant now) {
        List<Attached> always = receivers.get(kind);
        List<RadioReceiver> out = new ArrayList<>(always.size() + tuned.size());
        int i = 0;
        for (var it = tuned.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Tuned w = e.getValue();
            if (w.until().isBefore(now)) {
                it.remove();
                continue;
            }
            if (!w.receiver().hears(kind)) {
                continue;
            }
            for (; i < always.size() && always.get(i).order() < e.getKey(); i++) {
                out.add(always.get(i).receiver());
            }
            out.add(w.receiver());
        }
        for (; i < always.size(); i++) {
            out.add(always.get(i).receiver());
        }
        return out;
    }

    /// {@return the RSSI in dBm of `t` at `receiver`}, shadowing and fading included
    public double rssiDbm(Transmission t, RadioReceiver receiver) {
        double d = t.position().distanceTo(receiver.position());
        double loss = model.medianLossDb(d, t.frequencyHz()) + linkShadowingDb(t.sender(), receiver.id())
                + packetFadingDb(t, receiver.id());
        return t.txPowerDbm() + receiver.antennaGainDbi() - loss;
    }

    /// {@return the reception of `t` at `receiver` if the link budget closes}, ignoring collisions, with the SNR
    /// as the receiver reports it ([LinkBudget#reportedSnrDb])
    public Optional<Reception> linkBudget(Transmission t, RadioReceiver receiver) {
        double rssi = rssiDbm(t, receiver);
        double snr = rssi - LinkBudget.noiseFloorDbm(t.dataRate().bandwidth().hz(), receiver.noiseFigureDb());
        boolean ok = rssi >= LinkBudget.sensitivityDbm(t.dataRate(), receiver.noiseFigureDb())
                && snr >= LinkBudget.snrLimitDb(t.dataRate().spreadingFactor());
        return ok ? Optional.of(new Reception(t, rssi, LinkBudget.reportedSnrDb(snr))) : Optional.empty();
    }

    /// {@return a snapshot of the counters}
    public synchronized RadioStats stats() {
        return counters.snapshot();
    }

    private void finish(Transmission t, List<RadioReceiver> listening) {
        boolean any = false;
        List<Transmission> overlapping = listening.isEmpty() ? List.of() : overlapping(t);
        for (RadioReceiver r : listening) {
            Optional<Reception> rx = linkBudget(t, r);
            if (rx.isEmpty()) {
                synchronized (this) {
                    counters.belowSensitivity++;
                }
                continue;
            }
            if (!survives(overlapping, rx.get().rssiDbm(), r)) {
                synchronized (this) {
                    counters.collided++;
                }
                continue;
            }
            synchronized (this) {
                counters.delivered++;
            }
            any = true;
            r.onReceive(rx.get());
        }
        if (any && t.kind() == TransmissionKind.UPLINK) {
            synchronized (this) {
                counters.uplinksDelivered++;
            }
        }
    }

    /// {@return the transmissions that [collide with][Transmission#collidesWith] `t`}, newest first
    private synchronized List<Transmission> overlapping(Transmission t) {
        List<Transmission> out = new ArrayList<>();
        ArrayDeque<Aired> same = history.get(Channel.of(t));
        if (same == null) {
            return out;
        }
        long start = nanos(t.start());
        long end = start + t.airtime().toNanos();
        for (var it = same.descendingIterator(); it.hasNext(); ) {
            Aired o = it.next();
            if (o.startNanos() + longestAirtimeNanos < start) {
                break; // ended before t started, as did every earlier one
            }
            if (o.startNanos() < end && start < o.endNanos() && o.transmission().sequence() != t.sequence()) {
                out.add(o.transmission());
            }
        }
        return out;
    }

    /// A transmission in the history with its start and end as epoch nanoseconds, compared without allocating.
    private record Aired(Transmission transmission, long startNanos, long endNanos) {}

    private static final long HISTORY_NANOS = HISTORY.toNanos();

    private static long nanos(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
    }

    /// What [Transmission#collidesWith] compares besides time: only transmissions of one channel can collide.
    private record Channel(long frequencyHz, int spreadingFactor, Bandwidth bandwidth, boolean invertedIq) {
        static Channel of(Transmission t) {
            return new Channel(t.frequencyHz(), t.dataRate().spreadingFactor(), t.dataRate().bandwidth(),
                    t.kind() == TransmissionKind.DOWNLINK);
        }
    }

    private boolean survives(List<Transmission> overlapping, double rssi, RadioReceiver r) {
        for (Transmission o : overlapping) {
            if (rssi < rssiDbm(o, r) + LinkBudget.CAPTURE_THRESHOLD_DB) {
                return false;
            }
        }
        return true;
    }

    private double linkShadowingDb(NodeId tx, NodeId rx) {
        if (model.shadowingSigmaDb() == 0) {
            return 0;
        }
        // NOTE: the pair is unordered, so uplink and downlink of a link see the same shadowing (reciprocity).
        long a = Math.min(tx.key(), rx.key());
        long b = Math.max(tx.key(), rx.key());
        // Drawn again at each use rather than kept in a map: the same seed gives the same value, and a map of every
        // link (200,000 for 10,000 devices under 20 gateways) cost more to look up than the draw.
        return new SplittableRandom(mix(mix(seed ^ a) ^ b)).nextGaussian() * model.shadowingSigmaDb();
    }

    private double packetFadingDb(Transmission t, NodeId rx) {
        if (model.fadingSigmaDb() == 0) {
            return 0;
        }
        return new SplittableRandom(mix(mix(seed + t.sequence()) ^ rx.key())).nextGaussian() * model.fadingSigmaDb();
    }

    /// SplitMix64 finaliser.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
