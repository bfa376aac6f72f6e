// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.store.PushStatus;
import lorabench.store.Uplink;
import lorabench.ui.task.BackgroundTasks;
import org.junit.jupiter.api.Test;

/// Master-detail actions over in-memory sources, with background work run in place.
class PushTargetsViewModelTest {
    private final FakePushSources sources = new FakePushSources();
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run, f -> {
        throw new AssertionError(f.title(), f.error());
    });
    private final PushTargetsViewModel vm = new PushTargetsViewModel(sources, tasks, ZoneOffset.UTC);

    @Test
    void startSavesTheFormAsAStartedTargetAndStopStopsIt() {
        vm.refresh(0);
        assertEquals(List.of("alice", "alice / meters"), vm.accounts().stream().map(AccountChoice::label).toList());
        vm.form().accountProperty().set(vm.accounts().get(1));
        vm.form().hostProperty().set("http://127.0.0.1");
        vm.form().portProperty().set("9000");
        vm.start();
        assertEquals(1, sources.stored.size());
        assertTrue(sources.stored.getFirst().enabled());
        assertEquals(2, sources.stored.getFirst().accountId());
        assertEquals(1, vm.targets().size());
        TargetRow row = vm.targets().getFirst();
        assertEquals("alice / meters", row.account().label());
        assertEquals("http://127.0.0.1:9000", row.url());
        assertEquals("None", row.auth());
        assertEquals("base64", row.dataFormat());
        assertEquals("started", row.state());
        assertEquals("Started http://127.0.0.1:9000 for alice / meters", vm.messageProperty().get());
        vm.stop();
        assertFalse(sources.stored.getFirst().enabled());
        assertEquals("stopped", vm.targets().getFirst().state());
        vm.newTarget();
        assertEquals(Optional.empty(), vm.form().existing());
    }

    @Test
    void invalidFormsAreNotSavedAndSayWhy() {
        vm.refresh(0);
        vm.form().hostProperty().set("ftp://x");
        vm.save();
        assertTrue(sources.stored.isEmpty());
        assertEquals("host must start with http:// or https://", vm.messageProperty().get());
    }

    @Test
    void aTestPushReportsTheStatusAndLatencyOrTheFailure() {
        vm.refresh(0);
        vm.form().hostProperty().set("http://127.0.0.1");
        vm.sendTest();
        assertEquals("Test push to http://127.0.0.1/rest/callback/payloads/ul: HTTP 200 in 4.0 ms",
                vm.messageProperty().get());
        sources.testStatus = OptionalInt.empty();
        vm.sendTest();
        assertEquals("Test push to http://127.0.0.1/rest/callback/payloads/ul failed after 4.0 ms: timeout",
                vm.messageProperty().get());
        assertTrue(sources.stored.isEmpty(), "a test push does not store the target");
    }

    @Test
    void keptPayloadsAreListedAndRepushed() {
        Uplink u = new Uplink(5, new Eui64(0x0102030405060708L), new DevAddr(0x26011BDA), Instant.EPOCH, 12,
                Optional.of(3), false, Bytes.fromHex("CAFE"), Bytes.fromHex("40"), 868_100_000, "SF7BW125",
                List.of(), PushStatus.FAILED);
        sources.kept.add(u);
        vm.refreshKept();
        assertEquals(1, vm.kept().size());
        KeptRow row = vm.kept().getFirst();
        assertEquals("0102030405060708", row.devEui());
        assertEquals("CAFE", row.payload());
        assertEquals("3", row.fPort());
        vm.repush(row);
        assertEquals(List.of(u), sources.repushed);
        assertEquals("Repushed uplink 5: 1 of 1 answered", vm.messageProperty().get());
        assertTrue(vm.kept().isEmpty());
    }
}
