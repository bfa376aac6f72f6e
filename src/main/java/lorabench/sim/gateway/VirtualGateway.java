// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.band.DataRate;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.CrcStatus;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.DownlinkHandler;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Stat;
import lorabench.packetforwarder.TxAckError;
import lorabench.packetforwarder.Txpk;
import lorabench.sim.classb.Beacon;
import lorabench.sim.classb.GpsTime;
import lorabench.sim.classb.PingSlots;
import lorabench.sim.radio.NodeId;
import lorabench.sim.radio.Position;
import lorabench.sim.radio.RadioMedium;
import lorabench.sim.radio.RadioReceiver;
import lorabench.sim.radio.Reception;
import lorabench.sim.radio.Transmission;
import lorabench.sim.radio.TransmissionKind;

/// A virtual gateway: a multi-channel concentrator on the [RadioMedium] that forwards every uplink it hears as an
/// `rxpk` through its [GatewayUplinkLink], reports `stat` periodically, and emits PULL_RESP packets at their
/// `tmst` (or at once for `imme`) after answering TX_ACK ([TxPlanner]).
///
/// It hears every uplink frequency and spreading factor of its band (an 8-channel multi-SF gateway configured for
/// the band's channel plan), except while it transmits. `rxpk.tmst` is the concentrator counter at the end of the
/// packet ("RX finished"), `time` and `tmms` the same moment in UTC and GPS time (the gateway has GPS).
public final class VirtualGateway implements RadioReceiver, DownlinkHandler, AutoCloseable {
    private final GatewayConfig config;
    private final Band band;
    private final TaskScheduler scheduler;
    private final RadioMedium medium;
    private final ConcentratorClock clock;
    private final TxPlanner planner;
    private final GatewayUplinkLink link;
    private final NodeId id;
    private long rxnb;
    private long rxfw;
    private long dwnb;
    private final java.util.Map<String, Long> refused = new java.util.TreeMap<>();
    private long txnb;
    private volatile boolean closed;

    public VirtualGateway(GatewayConfig config, TaskScheduler scheduler, RadioMedium medium,
            GatewayUplinkLink.Opener linkOpener) {
        this.config = config;
        this.band = Bands.lookup(config.band());
        this.scheduler = scheduler;
        this.medium = medium;
        this.clock = new ConcentratorClock(scheduler.instant());
        this.planner = new TxPlanner(config, band, clock);
        this.id = NodeId.gateway(config.eui());
        this.link = linkOpener.open(config.eui(), this);
        medium.attach(this);
        if (config.statInterval().isPositive()) {
            scheduler.schedule(config.statInterval(), this::statTick);
        }
        if (config.beacons() && config.gpsLocked()) {
            scheduleBeacon();
        }
    }

    public GatewayConfig config() {
        return config;
    }

    public ConcentratorClock concentratorClock() {
        return clock;
    }

    @Override
    public NodeId id() {
        return id;
    }

    @Override
    public Position position() {
        return config.position();
    }

    @Override
    public double antennaGainDbi() {
        return config.antennaGainDbi();
    }

    @Override
    public boolean hears(TransmissionKind kind) {
        return kind == TransmissionKind.UPLINK;
    }

    @Override
    public synchronized boolean listens(Transmission t) {
        return !closed && t.kind() == TransmissionKind.UPLINK && band.subBandFor(t.frequencyHz()).isPresent()
                && !planner.transmitting(t.start());
    }

    @Override
    public void onReceive(Reception r) {
        Transmission t = r.transmission();
        Instant now = scheduler.instant();
        int chan = band.channelForUplinkFrequency(t.frequencyHz()).orElse(0) % 8;
        Rxpk rxpk = new Rxpk(Optional.of(now), OptionalLong.of(GpsTime.millis(now)), clock.tmst(now),
                t.frequencyHz(), chan, 0, CrcStatus.OK, datr(t.dataRate()), Optional.of(CodingRate.CR_4_5),
                (int) Math.round(r.rssiDbm()), OptionalDouble.of(Math.round(r.snrDb() * 10) / 10.0), t.phyPayload(),
                List.of());
        synchronized (this) {
            if (closed) {
                return;
            }
            rxnb++;
            rxfw++;
        }
        link.push(List.of(rxpk), Optional.empty());
    }

    /// {@return how many PULL_RESPs this gateway refused} (answered with a TX_ACK error such as `TOO_LATE`)
    public synchronized long refusedDownlinks() {
        return refused.values().stream().mapToLong(Long::longValue).sum();
    }

    /// {@return the refused PULL_RESPs per TX_ACK error} (`TOO_LATE`, `COLLISION_PACKET`...), sorted by name
    public synchronized java.util.SortedMap<String, Long> refusedByError() {
        return new java.util.TreeMap<>(refused);
    }

    @Override
    public Optional<TxAckError> onPullResp(int token, Txpk txpk, Instant receivedAt) {
        TxPlanner.Decision d;
        synchronized (this) {
            dwnb++;
            d = planner.decide(txpk, scheduler.instant());
            if (d.planned().isEmpty()) {
                d.error().ifPresent(e -> refused.merge(e.text(), 1L, Long::sum));
            }
        }
        d.planned().ifPresent(p -> scheduler.scheduleAt(p.start(), () -> emit(p)));
        return d.error();
    }

    /// {@return the status report as it would be pushed now}
    public synchronized Stat stat() {
        Position p = config.position();
        return new Stat(Optional.of(scheduler.instant()), OptionalDouble.of(p.latitude()),
                OptionalDouble.of(p.longitude()), OptionalInt.of((int) Math.round(p.altitude())), rxnb, rxnb, rxfw,
                100, dwnb, txnb);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        medium.detach(this);
        link.close();
    }

    private void emit(TxPlanner.Planned p) {
        synchronized (this) {
            if (closed) {
                return;
            }
            txnb++;
        }
        medium.transmit(id, TransmissionKind.DOWNLINK, config.position(), p.txpk().frequency(), p.dataRate(),
                p.powerDbm() + config.antennaGainDbi(), p.txpk().data());
    }

    private void statTick() {
        if (closed) {
            return;
        }
        link.push(List.of(), Optional.of(stat()));
        scheduler.schedule(config.statInterval(), this::statTick);
    }

    private void scheduleBeacon() {
        Instant next = Beacon.nextPeriodStart(scheduler.instant());
        scheduler.scheduleAt(next.plus(Beacon.T_BEACON_DELAY), () -> {
            if (closed) {
                return;
            }
            long time = Beacon.periodOf(next);
            DataRate dr = band.dataRate(band.classB().beaconDataRate()).orElseThrow();
            double power = Math.min(config.maxTxPowerDbm(), band.txPower().defaultMaxEirpDbm());
            medium.transmit(id, TransmissionKind.BEACON, config.position(),
                    PingSlots.beaconFrequency(band.classB(), time), (DataRate.LoRa) dr,
                    power + config.antennaGainDbi(), new Beacon(time, 0, config.eui().value() & 0xFFFF_FFFF_FFFFL)
                            .encode());
            scheduler.schedule(Duration.ofSeconds(1), this::scheduleBeacon);
        });
    }

    static Datr.LoRa datr(DataRate.LoRa dr) {
        return new Datr.LoRa(dr.spreadingFactor(), dr.bandwidth().khz());
    }
}
