// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import lorabench.packetforwarder.Stat;
import lorabench.server.event.ServerEvent;
import lorabench.store.GatewayRepository;
import lorabench.store.GatewayStats;
import lorabench.store.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A gateway's `stat` report (Semtech PROTOCOL.TXT §4, PUSH_DATA `stat` object) is announced with the interval's
/// counters and the running totals, and the totals are stored.
class GatewayStatsTest {
    @TempDir
    Path dir;

    private static Stat stat(long rxnb, long rxok, long rxfw, long dwnb, long txnb) {
        return new Stat(Optional.of(Instant.parse("2025-01-01T00:00:00Z")), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), rxnb, rxok, rxfw, 100.0, dwnb, txnb);
    }

    @Test
    void statReportsAreAnnouncedAndAddUpInTheStore() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            var gw = net.gateway(0xF1);
            gw.client.pushStat(stat(10, 8, 7, 2, 2)).get(TestNetwork.DEADLINE.toSeconds(), TimeUnit.SECONDS);
            var first = net.await(ServerEvent.GatewayStatsReported.class, e -> e.gateway().equals(gw.eui));
            assertEquals(new GatewayStats(10, 8, 7, 2, 2), first.interval());
            assertEquals(new GatewayStats(10, 8, 7, 2, 2), first.total());

            gw.client.pushStat(stat(5, 5, 5, 1, 0)).get(TestNetwork.DEADLINE.toSeconds(), TimeUnit.SECONDS);
            var second = net.await(ServerEvent.GatewayStatsReported.class, e -> e.gateway().equals(gw.eui));
            assertEquals(new GatewayStats(5, 5, 5, 1, 0), second.interval());
            assertEquals(new GatewayStats(15, 13, 12, 3, 2), second.total(), "totals add up");

            var stored = new GatewayRepository(net.db).find(gw.eui).orElseThrow();
            assertEquals(new GatewayStats(15, 13, 12, 3, 2), stored.stats());
            assertTrue(stored.lastSeen().isPresent(), "a stat report refreshes the stored last-seen time");
        }
    }

    @Test
    void aGpsFixInAStatReportBecomesTheStoredPositionAndZeroZeroIsNoFix() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            var gw = net.gateway(0xF2);
            var repo = new GatewayRepository(net.db);
            gw.client.pushStat(new Stat(Optional.empty(), OptionalDouble.of(46.24), OptionalDouble.of(6.05),
                    OptionalInt.of(420), 1, 1, 1, 100.0, 0, 0)).get(TestNetwork.DEADLINE.toSeconds(), TimeUnit.SECONDS);
            net.await(ServerEvent.GatewayStatsReported.class, e -> e.gateway().equals(gw.eui));
            assertEquals(Optional.of(new Position(46.24, 6.05, 420)), repo.find(gw.eui).orElseThrow().position());

            // A forwarder that lost its fix reports 0/0: the last real position stays.
            gw.client.pushStat(new Stat(Optional.empty(), OptionalDouble.of(0), OptionalDouble.of(0),
                    OptionalInt.of(0), 1, 1, 1, 100.0, 0, 0)).get(TestNetwork.DEADLINE.toSeconds(), TimeUnit.SECONDS);
            net.await(ServerEvent.GatewayStatsReported.class, e -> e.gateway().equals(gw.eui)
                    && e.total().rxReceived() == 2);
            assertEquals(Optional.of(new Position(46.24, 6.05, 420)), repo.find(gw.eui).orElseThrow().position());

            // Without lati/long the position is not touched either.
            gw.client.pushStat(stat(1, 1, 1, 0, 0)).get(TestNetwork.DEADLINE.toSeconds(), TimeUnit.SECONDS);
            net.await(ServerEvent.GatewayStatsReported.class, e -> e.gateway().equals(gw.eui)
                    && e.total().rxReceived() == 3);
            assertEquals(Optional.of(new Position(46.24, 6.05, 420)), repo.find(gw.eui).orElseThrow().position());
        }
    }
}
