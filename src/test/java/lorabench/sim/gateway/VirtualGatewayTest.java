// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bandwidth;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.GatewayListener;
import lorabench.packetforwarder.InMemoryGatewayHub;
import lorabench.packetforwarder.PullRespResult;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Stat;
import lorabench.packetforwarder.TxAckError;
import lorabench.packetforwarder.TxAckError.Code;
import lorabench.packetforwarder.Txpk;
import lorabench.sim.radio.LinkBudget;
import lorabench.sim.radio.NodeId;
import lorabench.sim.radio.PathLossModel;
import lorabench.sim.radio.Position;
import lorabench.sim.radio.RadioMedium;
import lorabench.sim.radio.TransmissionKind;
import org.junit.jupiter.api.Test;

class VirtualGatewayTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final Eui64 EUI = Eui64.parse("AA555A0000000101");
    static final Position HERE = new Position(48.0, 2.0, 50);

    final VirtualTimeScheduler scheduler = new VirtualTimeScheduler(START);
    final List<Rxpk> rxpks = new ArrayList<>();
    final List<Stat> stats = new ArrayList<>();
    final List<Optional<TxAckError>> acks = new ArrayList<>();
    final InMemoryGatewayHub hub = new InMemoryGatewayHub(scheduler, new GatewayListener() {
        @Override
        public void onRxpk(Eui64 gateway, Rxpk rxpk, Instant at) {
            rxpks.add(rxpk);
        }

        @Override
        public void onStat(Eui64 gateway, Stat stat, Instant at) {
            stats.add(stat);
        }

        @Override
        public void onTxAck(Eui64 gateway, int token, Optional<TxAckError> error, Instant at) {
            acks.add(error);
        }
    }, new SplittableRandom(3));
    final RadioMedium medium = new RadioMedium(scheduler, 5, PathLossModel.deterministic(2.7));
    final VirtualGateway gateway = new VirtualGateway(GatewayConfig.of(EUI, HERE, BandId.EU868)
            .withStatInterval(Duration.ofSeconds(30)), scheduler, medium, InMemoryGatewayLink.opener(hub));

    @Test
    void forwardsWhatItHearsAsACompleteRxpk() {
        scheduler.runUntil(START.plusSeconds(2));
        Bytes frame = Bytes.fromHex("40010203040000010001AABBCCDD");
        var t = medium.transmit(NodeId.device(new Eui64(7)), TransmissionKind.UPLINK, HERE.east(1000), 868_300_000,
                new DataRate.LoRa(9, Bandwidth.BW125), 14, frame);
        scheduler.runUntil(START.plusSeconds(3));

        assertEquals(1, rxpks.size());
        Rxpk r = rxpks.getFirst();
        Instant end = t.end();
        long micros = Duration.between(START, end).toNanos() / 1000;
        assertEquals(micros, r.tmst());
        assertEquals(Optional.of(end.truncatedTo(java.time.temporal.ChronoUnit.MICROS)), r.time());
        // GPS time runs 18 s ahead of UTC since 2017
        assertEquals(Duration.between(Instant.parse("1980-01-06T00:00:00Z"), end).toMillis() + 18_000,
                r.tmms().getAsLong());
        assertEquals(868_300_000, r.frequency());
        assertEquals(1, r.chan());
        assertEquals(new Datr.LoRa(9, 125), r.datr());
        assertEquals(Optional.of(CodingRate.CR_4_5), r.codr());
        double rssi = medium.rssiDbm(t, gateway);
        assertEquals(Math.round(rssi), r.rssi());
        assertEquals(Math.min(LinkBudget.REPORTED_SNR_CEILING_DB, rssi + 117.03), r.lsnr().getAsDouble(), 0.2);
        assertEquals(frame, r.data());
        assertEquals(14, r.size());
    }

    @Test
    void sendsStatReports() {
        scheduler.runUntil(START.plusSeconds(65));
        assertEquals(2, stats.size());
        assertEquals(OptionalDouble.of(48.0), stats.getFirst().latitude());
        assertEquals(OptionalInt.of(50), stats.getFirst().altitude());
    }

    private Optional<TxAckError> pullResp(Txpk txpk) {
        return gateway.onPullResp(1, txpk, scheduler.instant());
    }

    private Txpk at(long tmst, long freq, int power) {
        return Txpk.loRaAt(tmst & 0xFFFFFFFFL, freq, power, new Datr.LoRa(7, 125), CodingRate.CR_4_5,
                Bytes.fromHex("60010203040000000000000000"));
    }

    @Test
    void answersTxAckCodes() {
        scheduler.runUntil(START.plusSeconds(10));
        long now = gateway.concentratorClock().tmst(scheduler.instant());
        assertEquals(Optional.empty(), pullResp(at(now + 1_000_000, 869_525_000, 14)));
        assertEquals(Optional.of(TxAckError.of(Code.COLLISION_PACKET)), pullResp(at(now + 1_010_000, 869_525_000, 14)));
        assertEquals(Optional.of(TxAckError.of(Code.TOO_LATE)), pullResp(at(now - 1000, 869_525_000, 14)));
        assertEquals(Optional.of(TxAckError.of(Code.TOO_LATE)), pullResp(at(now + 1000, 869_525_000, 14)));
        assertEquals(Optional.of(TxAckError.of(Code.TOO_EARLY)), pullResp(at(now + 400_000_000L, 869_525_000, 14)));
        assertEquals(Optional.of(TxAckError.of(Code.TX_FREQ)), pullResp(at(now + 3_000_000, 915_000_000, 14)));
        assertEquals(Optional.of(TxAckError.warning("TX_POWER", OptionalInt.of(27))),
                pullResp(at(now + 5_000_000, 869_525_000, 30)));
        assertEquals(5, gateway.refusedDownlinks(), "the TX_POWER warning is sent, not refused");
        assertEquals(java.util.Map.of("COLLISION_PACKET", 1L, "TOO_LATE", 2L, "TOO_EARLY", 1L, "TX_FREQ", 1L),
                gateway.refusedByError());
    }

    @Test
    void pullRespThroughTheHubIsEmittedAtItsTmstAndAcknowledged() {
        scheduler.runUntil(START.plusSeconds(10));
        List<Instant> heard = new ArrayList<>();
        medium.attach(new lorabench.sim.radio.RadioReceiver() {
            public NodeId id() {
                return NodeId.device(new Eui64(99));
            }

            public Position position() {
                return HERE.east(200);
            }

            public boolean listens(lorabench.sim.radio.Transmission t) {
                heard.add(t.start());
                return false;
            }

            public void onReceive(lorabench.sim.radio.Reception r) {
            }
        });
        long now = gateway.concentratorClock().tmst(scheduler.instant());
        PullRespResult sent = hub.sendPullResp(EUI, at(now + 2_000_000, 869_525_000, 14));
        assertTrue(sent instanceof PullRespResult.Sent);
        assertTrue(hub.sendPullResp(new Eui64(5), at(0, 869_525_000, 14)) instanceof PullRespResult.NoPullAddress);
        scheduler.runUntil(START.plusSeconds(13));
        assertEquals(List.of(Optional.empty()), acks);
        assertEquals(List.of(START.plusSeconds(12)), heard);
    }

    @Test
    void concentratorCounterWrapsAt32Bits() {
        ConcentratorClock c = new ConcentratorClock(START);
        assertEquals(0, c.tmst(START));
        assertEquals(5, c.tmst(START.plusSeconds(4294).plusNanos(967_301_000L)));
        assertEquals(-10, c.microsUntil(4_294_967_290L, START.plusNanos(4_000)));
    }
}
