// SPDX-License-Identifier: Apache-2.0
package lorabench.server.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.TxAckError;
import lorabench.server.event.Reception;
import org.junit.jupiter.api.Test;

/// De-duplication windows on virtual time: one timer task at a time, frames handed on in the order heard, every
/// copy of a window together; and TX_ACKs that overtake their waiter.
class DeduplicatorTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private static Reception rx(VirtualTimeScheduler clock, long gw, double snr) {
        return new Reception(new Eui64(gw), -70, snr, 868_100_000, "SF7BW125", 1, 0, 0, clock.instant());
    }

    @Test
    void windowsCloseInOpeningOrderWithAllTheirCopiesFromOneTimerTask() {
        VirtualTimeScheduler clock = new VirtualTimeScheduler(T0);
        List<UplinkFrame> out = new ArrayList<>();
        Deduplicator d = new Deduplicator(clock, Duration.ofMillis(200), out::add);
        Bytes a = Bytes.fromHex("40AA");
        Bytes b = Bytes.fromHex("40BB");
        d.add(a, rx(clock, 1, 1));
        clock.runUntil(T0.plusMillis(50));
        d.add(b, rx(clock, 1, 2));
        d.add(a, rx(clock, 2, 9));
        d.add(a, rx(clock, 2, 9)); // the same gateway again: ignored
        d.add(b, rx(clock, 2, 3));
        assertEquals(1, clock.pending(), "one timer task for both windows");
        clock.runUntil(T0.plusMillis(199));
        assertTrue(out.isEmpty());
        clock.runUntil(T0.plusMillis(200));
        assertEquals(1, out.size());
        assertEquals(a, out.getFirst().phyPayload());
        assertEquals(List.of(new Eui64(2), new Eui64(1)),
                out.getFirst().receptions().stream().map(Reception::gateway).toList(), "best SNR first");
        assertEquals(1, clock.pending(), "the task waits for the next deadline");
        clock.runUntil(T0.plusMillis(250));
        assertEquals(List.of(a, b), out.stream().map(UplinkFrame::phyPayload).toList());
        assertEquals(2, out.get(1).receptions().size());
        assertEquals(0, clock.pending());
        assertEquals(0, d.openWindows());
        d.add(a, rx(clock, 1, 1)); // a late copy opens a new window
        clock.runUntil(T0.plusMillis(450));
        assertEquals(3, out.size());
    }

    @Test
    void aTxAckThatArrivesBeforeItsWaiterIsHandedToIt() {
        VirtualTimeScheduler clock = new VirtualTimeScheduler(T0);
        TxAckRouter router = new TxAckRouter(clock, Duration.ofSeconds(10));
        Eui64 gw = new Eui64(5);
        Optional<TxAckError> tooLate = Optional.of(TxAckError.of(TxAckError.Code.TOO_LATE));
        assertEquals(false, router.onTxAck(gw, 7, tooLate), "nobody waits yet");
        List<TxAckRouter.Outcome> got = new ArrayList<>();
        router.await(gw, 7, got::add);
        assertEquals(List.of(new TxAckRouter.Outcome.Acked(tooLate)), got);
        router.await(gw, 8, got::add);
        clock.runUntil(T0.plusSeconds(11));
        assertEquals(new TxAckRouter.Outcome.Timeout(), got.get(1));
        assertEquals(false, router.onTxAck(gw, 9, Optional.empty()));
        clock.runUntil(T0.plusSeconds(22)); // kept no longer than the timeout
        router.await(gw, 9, got::add);
        assertEquals(2, got.size());
        clock.runUntil(T0.plusSeconds(33));
        assertEquals(new TxAckRouter.Outcome.Timeout(), got.get(2));
    }
}
