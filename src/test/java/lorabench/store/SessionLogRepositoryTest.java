// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import org.junit.jupiter.api.Test;

class SessionLogRepositoryTest extends StoreTestBase {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123456Z");

    static SessionLogEntry entry(long devEui, int second, long fCnt) {
        return SessionLogEntry.of(T0.plusSeconds(second), Direction.UPLINK, "UnconfirmedDataUp",
                        Bytes.fromHex("40DA1B012600010001"), 868_300_000L, "SF9BW125", LogEvent.UPLINK)
                .withDevice(Optional.of(eui(devEui)), Optional.of(DevAddr.parse("26011BDA")))
                .withGateway(eui(0xAA), Optional.of(-99.0), Optional.of(-2.5))
                .withFrame(Optional.of(fCnt), Optional.of(1), Optional.of(Bytes.fromHex("01")), Optional.of(true));
    }

    @Test
    void roundTripsEveryColumn() {
        SessionLogRepository log = new SessionLogRepository(db);
        SessionLogEntry up = db.inTransaction(tx -> log.insert(tx, entry(1, 0, 0x1_0000L)));
        SessionLogEntry rejected = db.inTransaction(tx -> log.insert(tx, SessionLogEntry.of(T0.plusSeconds(1),
                        Direction.UPLINK, "JoinRequest", Bytes.fromHex("00"), 868_100_000L, "SF12BW125",
                        LogEvent.REJECTED).withReason(Optional.of("DevNonce replayed"))));
        SessionLogEntry down = db.inTransaction(tx -> log.insert(tx, SessionLogEntry.of(T0.plusSeconds(2),
                Direction.DOWNLINK, "JoinAccept", Bytes.fromHex("20"), 869_525_000L, "SF12BW125",
                LogEvent.JOIN_ACCEPT)));
        assertEquals(List.of(up, rejected, down), log.list(SessionLogQuery.all(), Page.first(10)));
        assertEquals(T0, up.time(), "microsecond times survive");
        assertEquals(Optional.empty(), rejected.micValid());
    }

    @Test
    void streamsInTimeOrderByDeviceAndRange() {
        SessionLogRepository log = new SessionLogRepository(db);
        List<SessionLogEntry> batch = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            // inserted out of time order: the stream must sort by time
            batch.add(entry(i % 2 == 0 ? 1 : 2, (i * 7) % 1_200, i));
        }
        log.insertAll(batch);
        List<Instant> times = new ArrayList<>();
        long n = log.forEach(SessionLogQuery.all().device(eui(1)), e -> times.add(e.time()));
        assertEquals(600, n);
        assertEquals(times.stream().sorted().toList(), times);
        assertEquals(1_200, log.count(SessionLogQuery.all()));
        SessionLogQuery window = SessionLogQuery.all().from(T0.plusSeconds(100)).to(T0.plusSeconds(200));
        assertEquals(100, log.forEach(window, e -> { }));
        assertEquals(100, log.count(window));
        assertEquals(T0.plusSeconds(110), log.list(window, new Page(10, 5)).getFirst().time());
        assertEquals(100, log.deleteBefore(T0.plusSeconds(100)));
    }
}
