// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lorabench.server.push.PushDelivery;
import lorabench.store.Account;
import lorabench.store.PushTarget;
import lorabench.ui.task.BackgroundTasks;

/// The Push targets screen: the targets of every account and application (master), the edit form (detail),
/// Start/Stop, "Send test push", and the kept payloads with "Repush". Store and HTTP work runs on
/// [BackgroundTasks]; results land in the lists and in [#messageProperty()] on the FX thread.
public final class PushTargetsViewModel {
    /// How many newest stored uplinks "Kept payloads" looks through.
    public static final int KEPT_SCAN = 5_000;

    private final PushSources sources;
    private final BackgroundTasks tasks;
    private final ZoneId zone;
    private final TargetFormViewModel form = new TargetFormViewModel();
    private final ObservableList<AccountChoice> accounts = FXCollections.observableArrayList();
    private final ObservableList<TargetRow> targets = FXCollections.observableArrayList();
    private final ObservableList<KeptRow> kept = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Map<Long, String> names = new HashMap<>();

    public PushTargetsViewModel(PushSources sources, BackgroundTasks tasks, ZoneId zone) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    private record Snapshot(List<AccountChoice> accounts, List<TargetRow> targets) {}

    /// Reloads accounts and targets; then selects the row of target `selectId` (0: keeps the form).
    public void refresh(long selectId) {
        refresh(selectId, () -> {});
    }

    /// [#refresh(long)], then runs `after` on the FX thread once the account names are known.
    public void refresh(long selectId, Runnable after) {
        tasks.run("Loading push targets", p -> {
            List<Account> all = sources.accounts();
            Map<Long, Account> byId = all.stream().collect(Collectors.toMap(Account::id, Function.identity()));
            List<AccountChoice> choices = all.stream().map(a -> AccountChoice.of(a, byId)).toList();
            List<TargetRow> rows = new ArrayList<>();
            for (AccountChoice c : choices) {
                sources.targets(c.id()).forEach(t -> rows.add(TargetRow.of(t, c)));
            }
            return new Snapshot(choices, rows);
        }, s -> {
            accounts.setAll(s.accounts());
            s.accounts().forEach(c -> names.put(c.id(), c.label()));
            targets.setAll(s.targets());
            if (form.accountProperty().get() == null && !accounts.isEmpty()) {
                form.accountProperty().set(accounts.getFirst());
            }
            s.targets().stream().filter(r -> r.target().id() == selectId).findFirst().ifPresent(this::select);
            after.run();
        });
    }

    /// Shows `row` in the form.
    public void select(TargetRow row) {
        form.load(row.target(), row.account());
    }

    /// Clears the form for a new target of the form's current account.
    public void newTarget() {
        form.clear(form.accountProperty().get());
        message.set("");
    }

    /// Stores the form without changing whether the target is started.
    public void save() {
        store(form.existing().map(PushTarget::enabled).orElse(false), "Saved");
    }

    /// Stores the form and starts the target (OrbiWAN `pushmode/start`: the settings and the start at once).
    public void start() {
        store(true, "Started");
    }

    /// Stops the target being edited.
    public void stop() {
        form.existing().ifPresent(t -> tasks.run("Stopping push target", p -> sources.save(t.withEnabled(false)),
                saved -> done("Stopped", saved)));
    }

    private void store(boolean enabled, String verb) {
        switch (form.validate()) {
            case TargetFormViewModel.Validation.Invalid(String reason) -> message.set(reason);
            case TargetFormViewModel.Validation.Valid(PushTarget t) -> tasks.run("Saving push target",
                    p -> sources.save(t.withEnabled(enabled)), saved -> done(verb, saved),
                    f -> message.set(verb + " failed: " + f.error().getMessage()));
        }
    }

    private void done(String verb, PushTarget saved) {
        message.set(verb + " " + saved.url() + " for " + accountName(saved.accountId()));
        refresh(saved.id());
    }

    /// Sends the OrbiWAN test callback to the target the form describes (stored or not).
    public void sendTest() {
        switch (form.validate()) {
            case TargetFormViewModel.Validation.Invalid(String reason) -> message.set(reason);
            case TargetFormViewModel.Validation.Valid(PushTarget t) -> {
                message.set("Sending test push\u2026");
                tasks.run("Sending test push", p -> sources.sendTest(t), this::tested,
                        f -> message.set("Test push failed: " + f.error().getMessage()));
            }
        }
    }

    private void tested(PushDelivery d) {
        String latency = DeliveryRow.millis(d.latency());
        message.set(d.status().isPresent()
                ? "Test push to " + d.url() + ": HTTP " + d.status().getAsInt() + " in " + latency
                : "Test push to " + d.url() + " failed after " + latency + ": " + d.error().orElse("no answer"));
    }

    /// Reloads the kept payloads.
    public void refreshKept() {
        tasks.run("Loading kept payloads", p -> sources.keptPayloads(KEPT_SCAN),
                list -> kept.setAll(list.stream().map(u -> KeptRow.of(u, zone)).toList()));
    }

    /// Pushes the kept payload of `row` again, then reloads the list.
    public void repush(KeptRow row) {
        tasks.run("Repushing uplink " + row.uplink().id(), p -> sources.repush(row.uplink()), list -> {
            long ok = list.stream().filter(d -> d.outcome() != PushDelivery.Outcome.FAILED).count();
            message.set(list.isEmpty() ? "No started target takes uplink " + row.uplink().id()
                    : "Repushed uplink " + row.uplink().id() + ": " + ok + " of " + list.size() + " answered");
            refreshKept();
        }, f -> message.set("Repush failed: " + f.error().getMessage()));
    }

    /// {@return the name of account `id`} as the tables show it
    public String accountName(long id) {
        return names.getOrDefault(id, "#" + id);
    }

    public TargetFormViewModel form() {
        return form;
    }

    public ObservableList<AccountChoice> accounts() {
        return accounts;
    }

    public ObservableList<TargetRow> targets() {
        return targets;
    }

    public ObservableList<KeptRow> kept() {
        return kept;
    }

    /// {@return the outcome of the last action}: saved, started, a test push's status and latency, a repush
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
