// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import lorabench.app.GuiScenarioEngine;
import lorabench.app.LoraBenchServer;
import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.ClockMode;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.task.BackgroundTasks;
import lorabench.ui.task.Pulse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The Scenarios view model over the real engine (virtual-time runs against their own embedded server, no screen):
/// this test thread plays the FX thread, running what the background tasks hand back and ticking the pulse.
class ScenariosViewModelTest {
    private static final long TIMEOUT_MS = 120_000;


    @TempDir
    Path dir;

    private final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor();
    private final List<BackgroundTasks.TaskFailure> failures = new ArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(worker, fx::add, failures::add);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final CompletableFuture<LoraBenchServer> server = new CompletableFuture<>();
    private final GuiScenarioEngine engine = new GuiScenarioEngine(server);
    private final HandPulse pulse = new HandPulse();
    private ScenariosViewModel vm;

    /// A pulse this test ticks.
    static final class HandPulse implements Pulse {
        private Runnable onTick;

        @Override
        public void start(Runnable onTick) {
            this.onTick = onTick;
        }

        @Override
        public void stop() {
            onTick = null;
        }

        void tick() {
            if (onTick != null) {
                onTick.run();
            }
        }
    }

    @BeforeEach
    void samples() throws IOException {
        Path samples = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(samples.resolve("tiny.json"), TestScenarios.TINY);
        Files.writeString(samples.resolve("broken.json"), TestScenarios.TINY.replace("\"description\"",
                "\"descripton\""));
        Files.writeString(samples.resolve("scenario.schema.json"), "{}");
        Files.writeString(samples.resolve("notes.txt"), "not a scenario");
        vm = new ScenariosViewModel(engine, Optional.of(samples), tasks, dialogs, pulse);
    }

    @AfterEach
    void close() {
        vm.close();
        engine.close();
        tasks.close();
    }

    /// Runs what reaches the "FX thread" and ticks the pulse until `condition` holds (bounded).
    private void pumpUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Runnable r = fx.poll(20, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            pulse.tick();
        }
    }

    private ScenarioFile file(String name) {
        return vm.files().stream().filter(f -> f.path().getFileName().toString().equals(name)).findFirst()
                .orElseThrow();
    }

    private RunRow run(int number) {
        return vm.runs().stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }

    @Test
    void listsTheSampleScenarioFilesAndDescribesTheSelectedOne() throws Exception {
        vm.reloadSamples();
        pumpUntil("the samples", () -> !vm.files().isEmpty());
        assertEquals(List.of("broken.json", "tiny.json"), vm.files().stream()
                .map(f -> f.path().getFileName().toString()).toList(), "JSON files but the schema, by name");
        assertTrue(vm.filesMessageProperty().get().startsWith("2 samples in "));

        vm.select(file("tiny.json"));
        assertEquals("Tiny", vm.nameProperty().get());
        assertEquals("One gateway, two OTAA sensors, twenty minutes.", vm.descriptionProperty().get());
        assertEquals("7", vm.seedProperty().get());
        assertEquals("virtual time", vm.clockProperty().get());
        assertEquals("2", vm.devicesProperty().get());
        assertEquals("1", vm.gatewaysProperty().get());
        assertEquals("20 min", vm.durationProperty().get());
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.runnableProperty().get());
        assertEquals(ClockMode.VIRTUAL, vm.runClockProperty().get());
    }

    @Test
    void aFileThatDoesNotParseShowsTheParsersMessageAndCannotRun() throws Exception {
        vm.reloadSamples();
        pumpUntil("the samples", () -> vm.files().size() == 2);
        vm.select(file("broken.json"));
        assertTrue(vm.problemProperty().get().startsWith("descripton: unknown field"), vm.problemProperty().get());
        assertEquals("broken.json", vm.nameProperty().get());
        assertFalse(vm.runnableProperty().get());
        vm.run();
        assertTrue(vm.runs().isEmpty(), "nothing to run");

        Path malformed = Files.writeString(dir.resolve("malformed.json"), "{\n  \"name\": \"x\",\n  \"seed\": ,\n}");
        dialogs.chosenFile = Optional.of(malformed);
        vm.open();
        pumpUntil("the opened file", () -> vm.files().size() == 3);
        assertEquals(List.of("open: Open scenario"), dialogs.shown);
        assertInstanceOf(ScenarioFile.Invalid.class, vm.selectedFileProperty().get());
        assertTrue(vm.problemProperty().get().startsWith("not valid JSON at line 3, column "),
                vm.problemProperty().get());
        assertFalse(vm.problemProperty().get().contains("\tat "), "a message, not a stack trace");
    }

    @Test
    void runsAVirtualTimeScenarioToItsEndAndShowsTheSummaryOfSimRun() throws Exception {
        vm.open(dir.resolve("scenarios/tiny.json"));
        pumpUntil("the file", () -> vm.selectedFileProperty().get() != null);
        vm.run();
        assertEquals(RunState.STARTING, run(1).state());
        assertEquals(1, vm.selectedRunProperty().get().number(), "the new run is selected");
        assertTrue(vm.runDetails().stoppableProperty().get());

        pumpUntil("the end of the run", () -> run(1).state().ended());
        RunRow done = run(1);
        assertEquals(RunState.FINISHED, done.state(), done.problem().orElse(""));
        RunReport report = done.report().orElseThrow();
        assertEquals(1.0, done.fraction());
        assertEquals(1.0, vm.runDetails().progressProperty().get());
        assertEquals(2, report.joins(), "both sensors joined");
        assertTrue(report.uplinks() > 0);
        assertEquals("2 of 2 devices (" + report.joinRequests() + " join-requests)", vm.runDetails().joinsProperty().get());
        assertTrue(vm.runDetails().elapsedProperty().get().startsWith("simulated 0:20:00, real "), vm.runDetails().elapsedProperty().get());
        assertEquals(RunSummary.per(report.packetErrorRate()), vm.runDetails().perProperty().get());
        assertFalse(vm.runDetails().stoppableProperty().get());

        List<String> keys = new ArrayList<>(report.toMap().keySet());
        keys.remove("airtimeSeconds");
        assertEquals(keys, vm.runDetails().summary().stream().map(SummaryLine::key).toList(), "the fields of sim run's summary");
        assertEquals("finished", value("state"));
        assertEquals(Long.toString(report.uplinks()), value("uplinks"));
        assertEquals(List.of("70B3D57ED0AA0001", "70B3D57ED0AA0002"),
                vm.runDetails().airtime().stream().map(RunSummary.Airtime::devEui).toList(), "airtime per device");
        assertTrue(failures.isEmpty(), failures::toString);
    }

    private String value(String key) {
        return vm.runDetails().summary().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void stopEndsARunningScenarioAsStoppedWithItsSummary() throws Exception {
        // thirty virtual days of hourly uplinks: about 7 uplinks and 430 gateway stat reports between two progress
        // reports (a stop takes effect at the next report): the run is far from its end when Stop is pressed
        Path month = Files.writeString(dir.resolve("month.json"), TestScenarios.TINY.replace("\"20m\"", "\"30d\"")
                .replace("\"30s\"", "\"1h\""));
        vm.open(month);
        pumpUntil("the file", () -> vm.selectedFileProperty().get() != null);
        vm.run();
        pumpUntil("progress", () -> run(1).state() == RunState.RUNNING && run(1).report().isPresent());
        vm.stop();
        assertEquals(RunState.STOPPING, run(1).state());
        assertFalse(vm.runDetails().stoppableProperty().get());
        pumpUntil("the stop", () -> run(1).state().ended());
        assertEquals(RunState.STOPPED, run(1).state());
        assertTrue(run(1).fraction() < 1, "stopped early");
        assertEquals("stopped", value("state"));
        assertTrue(vm.runDetails().runTitleProperty().get().endsWith(", stopped"), vm.runDetails().runTitleProperty().get());
    }

    @Test
    void aRunThatCannotStartShowsWhyAndSeveralRunsAreListed() throws Exception {
        vm.open(dir.resolve("scenarios/tiny.json"));
        pumpUntil("the file", () -> vm.selectedFileProperty().get() != null);
        server.completeExceptionally(new IllegalStateException("port 1700 is in use"));
        vm.runClockProperty().set(ClockMode.REAL);
        vm.run();
        vm.runClockProperty().set(ClockMode.VIRTUAL);
        vm.run();
        pumpUntil("both runs to end", () -> vm.runs().size() == 2 && vm.runs().stream()
                .allMatch(r -> r.state().ended()));
        assertEquals(RunState.FAILED, run(1).state());
        assertEquals(Optional.of("port 1700 is in use"), run(1).problem(), "the reason, not a stack trace");
        assertEquals(ClockMode.REAL, run(1).clock());
        assertEquals(RunState.FINISHED, run(2).state());
        vm.selectRun(run(1));
        assertEquals("port 1700 is in use", vm.runDetails().runProblemProperty().get());
        assertTrue(vm.runDetails().summary().isEmpty());
    }

    @Test
    void withoutASamplesFolderTheListIsEmptyAndSaysSo() {
        ScenariosViewModel none = new ScenariosViewModel(engine, Optional.empty(), tasks, dialogs, pulse);
        none.reloadSamples();
        assertTrue(none.files().isEmpty());
        assertTrue(none.filesMessageProperty().get().startsWith("No scenarios/ folder found"));
        none.close();
    }
}
