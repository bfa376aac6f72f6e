// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DownlinkRepositoryTest extends StoreTestBase {
    private static final DownlinkTarget DEV = new DownlinkTarget.Device(eui(1));
    private DownlinkRepository downlinks;

    @BeforeEach
    void device() {
        new DeviceRepository(db).upsert(otaaDevice(1));
        downlinks = new DownlinkRepository(db);
    }

    private Downlink queue(int fPort, boolean confirmed) {
        return downlinks.enqueue(Downlink.newDownlink(DEV, fPort, Bytes.fromHex("CAFE"), confirmed, Optional.empty()));
    }

    @Test
    void servesThePendingQueueInFifoOrder() {
        Downlink a = queue(1, false);
        Downlink b = queue(2, true);
        Downlink c = queue(3, false);
        assertEquals(DownlinkStatus.PENDING, a.status());
        assertEquals(clock.instant(), a.created());
        assertEquals(3, downlinks.countPending(DEV));
        assertEquals(Optional.of(a), downlinks.nextPending(DEV));
        Instant sentAt = clock.advance(Duration.ofSeconds(1));
        assertTrue(db.<Boolean>inTransaction(tx -> downlinks.markSent(tx, a.id(), 17, sentAt)));
        assertFalse(db.<Boolean>inTransaction(tx -> downlinks.markSent(tx, a.id(), 18, sentAt)), "sent only once");
        Downlink sent = downlinks.find(a.id()).orElseThrow();
        assertEquals(DownlinkStatus.SENT, sent.status());
        assertEquals(Optional.of(17L), sent.fCnt());
        assertEquals(Optional.of(sentAt), sent.sent());
        assertEquals(Optional.of(b), downlinks.nextPending(DEV));
        assertEquals(List.of(sent, b, c), downlinks.list(DEV, Page.first(10)));
    }

    @Test
    void followsTheStatusLifeCycle() {
        Downlink d = queue(5, true);
        db.runInTransaction(tx -> downlinks.markSent(tx, d.id(), 1, clock.instant()));
        assertTrue(downlinks.transition(d.id(), DownlinkStatus.SENT, DownlinkStatus.ACKNOWLEDGED, Optional.empty()));
        assertFalse(downlinks.transition(d.id(), DownlinkStatus.SENT, DownlinkStatus.NOT_ACKNOWLEDGED,
                Optional.empty()), "the status already moved on");
        Downlink e = queue(6, false);
        assertTrue(downlinks.transition(e.id(), DownlinkStatus.PENDING, DownlinkStatus.ERROR,
                Optional.of("payload too long for DR0")));
        assertEquals(Optional.of("payload too long for DR0"), downlinks.find(e.id()).orElseThrow().error());
        assertThrows(IllegalArgumentException.class,
                () -> downlinks.transition(e.id(), DownlinkStatus.ERROR, DownlinkStatus.PENDING, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> downlinks.transition(e.id(), DownlinkStatus.PENDING, DownlinkStatus.SENT, Optional.empty()));
        for (DownlinkStatus s : EnumSet.of(DownlinkStatus.ACKNOWLEDGED, DownlinkStatus.NOT_ACKNOWLEDGED,
                DownlinkStatus.ERROR, DownlinkStatus.CANCELLED)) {
            assertTrue(s.isFinal());
        }
    }

    @Test
    void cancelsAndPurgesTheQueue() {
        queue(1, false);
        queue(2, false);
        Downlink sent = queue(3, false);
        db.runInTransaction(tx -> downlinks.markSent(tx, sent.id(), 0, clock.instant()));
        assertEquals(2, downlinks.cancelPending(DEV));
        assertEquals(0, downlinks.countPending(DEV));
        assertEquals(2, downlinks.purgeFinished(DEV));
        assertEquals(1, downlinks.list(DEV, Page.first(10)).size(), "the SENT one stays");
    }

    @Test
    void queuesForAGroup() {
        new GroupRepository(db).save(DeviceGroup.of("g", "group"));
        DownlinkTarget group = new DownlinkTarget.Group("g");
        Downlink d = downlinks.enqueue(Downlink.newDownlink(group, 10, Bytes.fromHex("01"), false, Optional.of(99L)));
        assertEquals(group, d.target());
        assertEquals(Optional.of(99L), d.requestedFCnt());
        assertEquals(Optional.of(d), downlinks.nextPending(group));
        assertEquals(0, downlinks.countPending(DEV));
    }

    @Test
    void keepsTheApplicationsTag() {
        Downlink tagged = downlinks.enqueue(Downlink.newDownlink(DEV, 3, Bytes.fromHex("01"), false, Optional.empty())
                .withTag(Optional.of("req-42")));
        assertEquals(Optional.of("req-42"), tagged.tag());
        assertEquals(Optional.of("req-42"), downlinks.find(tagged.id()).orElseThrow().tag());
        db.runInTransaction(tx -> downlinks.markSent(tx, tagged.id(), 1, clock.instant()));
        assertEquals(Optional.of("req-42"), downlinks.find(tagged.id()).orElseThrow().tag(), "kept through changes");
        assertEquals(Optional.empty(), queue(4, false).tag());
        assertThrows(IllegalArgumentException.class, () -> Downlink.newDownlink(DEV, 3, Bytes.EMPTY, false,
                Optional.empty()).withTag(Optional.of("x".repeat(Downlink.MAX_TAG + 1))));
    }
}
