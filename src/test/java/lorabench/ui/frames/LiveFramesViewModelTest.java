// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import lorabench.lorawan.frame.FieldSpan;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import org.junit.jupiter.api.Test;

class LiveFramesViewModelTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final TestPulse pulse = new TestPulse();
    private final SimpleIntegerProperty rowLimit = new SimpleIntegerProperty(1_000);
    private final SimpleStringProperty search = new SimpleStringProperty("");
    private final List<String> copied = new ArrayList<>();
    private final List<Consumer<CapturedFrame>> subscribers = new ArrayList<>();
    private final FrameFeed feed = c -> {
        subscribers.add(c);
        return () -> subscribers.remove(c);
    };
    private final LiveFramesViewModel vm = new LiveFramesViewModel(feed, pulse, rowLimit, search, copied::add,
            ZoneOffset.UTC);

    private void publish(CapturedFrame f) {
        subscribers.forEach(s -> s.accept(f));
    }

    private void drain() {
        while (vm.pending() > 0) {
            pulse.tick();
        }
    }

    private static CapturedFrame numbered(int i) {
        byte[] phy = SampleFrames.uplinkWithLinkCheck().toArray();
        phy[6] = (byte) i;
        phy[7] = (byte) (i >> 8);
        return CapturedFrame.live(T0.plusMillis(i), Direction.UPLINK, Bytes.of(phy));
    }

    @Test
    void fiftyThousandFramesFromAProducerThreadKeepTheRowLimitAndAreCounted() throws InterruptedException {
        vm.start();
        Thread producer = Thread.ofPlatform().start(() -> IntStream.range(0, 50_000).forEach(i -> publish(numbered(i))));
        producer.join();
        drain();
        assertEquals(50_000, vm.receivedCountProperty().get());
        assertEquals(1_000, vm.rows().size(), "the table keeps the row limit");
        long delivered = 50_000 - vm.droppedCountProperty().get();
        assertTrue(delivered >= LiveFramesViewModel.QUEUE_CAPACITY, "the adapter keeps at least its capacity");
        assertEquals(50_000, vm.rows().getLast().sequence(), "the newest frame is kept");
        assertEquals(49_001, vm.rows().getFirst().sequence(), "the oldest rows were dropped first");
        assertTrue(vm.countersProperty().get().contains("50,000 received"), vm.countersProperty().get());
        vm.close();
        assertTrue(subscribers.isEmpty(), "closing unsubscribes from the feed");
    }

    @Test
    void pausedFramesWaitAreCountedAndAppearOnResume() {
        vm.start();
        SampleFrames.exchange(T0).forEach(this::publish);
        drain();
        assertEquals(8, vm.rows().size());
        vm.pausedProperty().set(true);
        SampleFrames.exchange(T0).forEach(this::publish);
        drain();
        assertEquals(8, vm.rows().size(), "nothing is shown while paused");
        assertEquals(8, vm.waitingCountProperty().get());
        assertTrue(vm.countersProperty().get().contains("8 waiting"));
        vm.pausedProperty().set(false);
        assertEquals(16, vm.rows().size());
        assertEquals(0, vm.waitingCountProperty().get());
    }

    @Test
    void thePauseBufferIsBoundedByTheRowLimit() {
        rowLimit.set(100);
        vm.start();
        vm.pausedProperty().set(true);
        IntStream.range(0, 250).forEach(i -> publish(numbered(i)));
        drain();
        assertEquals(100, vm.waitingCountProperty().get());
        assertEquals(150, vm.droppedCountProperty().get());
        vm.pausedProperty().set(false);
        assertEquals(250, vm.rows().getLast().sequence());
    }

    @Test
    void searchFiltersByDevAddrDevEuiMTypeAndGateway() {
        vm.start();
        SampleFrames.exchange(T0).forEach(this::publish);
        drain();
        search.set("26011bda");
        assertEquals(6, vm.visibleRows().size(), "data frames carry the DevAddr");
        search.set(SampleFrames.DEV_EUI.toString());
        assertEquals(4, vm.visibleRows().size(), "the join-request and the downlinks the server attributed");
        search.set("JoinRequest");
        assertEquals(1, vm.visibleRows().size());
        search.set("joinaccept");
        assertEquals(1, vm.visibleRows().size());
        search.set("b827ebfffe6c2a11 downlink");
        assertEquals(3, vm.visibleRows().size());
        search.set("");
        assertEquals(8, vm.visibleRows().size());
    }

    @Test
    void lowerRowLimitTrimsTheOldestRows() {
        vm.start();
        IntStream.range(0, 500).forEach(i -> publish(numbered(i)));
        drain();
        rowLimit.set(100);
        assertEquals(100, vm.rows().size());
        assertEquals(401, vm.rows().getFirst().sequence());
    }

    @Test
    void micStatusComesFromTheKeysAndAManualEntryIsSelectedAndDissected() {
        vm.start();
        SampleFrames.exchange(T0).forEach(this::publish);
        drain();
        assertEquals(List.of(MicStatus.VALID, MicStatus.VALID, MicStatus.VALID, MicStatus.VALID, MicStatus.VALID,
                MicStatus.VALID, MicStatus.VALID, MicStatus.INVALID), vm.rows().stream().map(FrameRow::mic).toList());
        vm.pausedProperty().set(true);
        vm.addManual(CapturedFrame.manual(T0, SampleFrames.uplinkWithLinkCheck(), Optional.empty()));
        assertEquals(9, vm.rows().size(), "manual entries are shown even while paused");
        FrameRow row = vm.selectedRowProperty().get().orElseThrow();
        assertEquals(FrameOrigin.MANUAL, row.frame().origin());
        Dissection d = vm.dissectionProperty().get().orElseThrow();
        DissectionNode devAddr = d.find("DevAddr").orElseThrow();
        vm.selectedNodeProperty().set(Optional.of(devAddr));
        assertEquals(Optional.of(new FieldSpan("fhdr.devAddr", 1, 4)), vm.highlightProperty().get());
    }

    @Test
    void clickingAByteSelectsTheDeepestNodeHoldingIt() {
        vm.addManual(CapturedFrame.manual(T0, SampleFrames.uplinkWithLinkCheck(), Optional.of(SampleFrames.KEYS)));
        List<DissectionNode> path = vm.selectByte(6);
        assertEquals("FCnt", path.getLast().name());
        assertEquals("FHDR", path.getFirst().name());
        assertEquals("FCnt", vm.selectedNodeProperty().get().orElseThrow().name());
        assertEquals("LinkCheckReq", vm.selectByte(8).getLast().name());
        assertEquals("MIC", vm.selectByte(SampleFrames.uplinkWithLinkCheck().size() - 1).getLast().name());
    }

    @Test
    void copiesTheSelectedFrameAsHexAndAsJson() {
        Bytes phy = SampleFrames.uplinkWithLinkCheck();
        vm.addManual(CapturedFrame.manual(T0, phy, Optional.of(SampleFrames.KEYS)));
        vm.copySelectedAsHex();
        vm.copySelectedAsJson();
        assertEquals(phy.toHex(), copied.get(0));
        String json = copied.get(1);
        assertTrue(json.contains("\"phyPayload\" : \"" + phy.toHex() + "\""), json);
        assertTrue(json.contains("\"mic\" : \"valid\""), json);
        assertTrue(json.contains("\"name\" : \"LinkCheckReq\""), json);
    }

    @Test
    void clearEmptiesTheListAndTheCounters() {
        vm.start();
        SampleFrames.exchange(T0).forEach(this::publish);
        drain();
        vm.selectedRowProperty().set(Optional.of(vm.rows().getFirst()));
        vm.clear();
        assertTrue(vm.rows().isEmpty());
        assertEquals(0, vm.receivedCountProperty().get());
        assertFalse(vm.selectedRowProperty().get().isPresent());
        assertTrue(vm.dissectionProperty().get().isEmpty());
    }
}
