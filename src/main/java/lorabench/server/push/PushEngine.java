// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import lorabench.clock.TaskScheduler;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.store.BatchingWriter;
import lorabench.store.Database;
import lorabench.store.PushAnswer;
import lorabench.store.PushAnswerRepository;
import lorabench.store.PushStatus;
import lorabench.store.PushTarget;
import lorabench.store.PushTargetRepository;
import lorabench.store.Uplink;
import lorabench.store.UplinkRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Vendor-neutral push delivery: turns [ServerEvent]s into HTTP callbacks to the enabled [PushTarget]s of the
/// accounts an event concerns, through a vendor [CallbackFormatter], and records every attempt.
///
/// Never blocks the network server: events arrive through the engine's own [ServerEvents] subscription (bounded,
/// oldest dropped), and deliveries wait in one bounded queue per target ([TargetQueues]), each drained by a fixed
/// number of virtual threads. When a target's queue is full a new delivery to it is refused at once: it is logged as
/// failed ("push queue full") and its stored payload is marked [PushStatus#FAILED], so it can be pulled or repushed.
/// That is the back-pressure policy: a receiver's slowness costs its own deliveries, never uplinks and never other
/// targets' deliveries.
///
/// A stored uplink's [PushStatus] is written once every target it was sent to has answered: all 200 → DELIVERED
/// (OrbiWAN "deleted from the persistent temporary storage"); any other status or no answer → FAILED (kept); 200/202
/// mixes → NONE (left to pull). When no enabled target takes it, it is NONE. Each target's last answer is stored
/// too ([PushAnswerRepository], in the same transaction), so a vendor API can show what every application answered.
/// These writes go through the engine's own [BatchingWriter] (group commit): a worker queues them and goes on with
/// its next delivery; once they are committed the delivery is logged and a failed one's retry is scheduled, so a
/// log listener always sees the stored status. Until that commit an uplink stays stored as it was (PENDING).
/// Failed stored payloads are retried per the formatter's [RetryPolicy] on the [TaskScheduler]; [#repush] sends one
/// again on demand.
///
/// Targets are read from the [PushTargetRepository] (so enabled targets survive a restart and resume at once) and
/// cached per account; [#save] and [#stop] keep the cache in step, [#reload] drops it for changes made elsewhere.
public final class PushEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PushEngine.class);
    /// Answers (with their uplinks' statuses) written per transaction at most.
    private static final int WRITE_BATCH = 200;
    /// How long the answer writer waits for company under load: a few milliseconds more before an answer is logged,
    /// for one commit per few milliseconds instead of one per handful of answers (each commit writes every page the
    /// group changed, most of the writer's time).
    private static final java.time.Duration WRITE_LINGER = java.time.Duration.ofMillis(5);

    private final TaskScheduler scheduler;
    private final CallbackFormatter formatter;
    private final PushRecipients recipients;
    private final PushTargetRepository targets;
    private final UplinkRepository uplinks;
    private final PushAnswerRepository answers;
    private final BatchingWriter writer;
    private final PushSender sender;
    private final DeliveryLog log;
    private final UplinkOutcomes outcomes;
    private final TargetQueues queues;
    private final Duration closeGrace;
    private final ServerEvents.Subscription subscription;
    private final ConcurrentHashMap<Long, List<PushTarget>> active = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();

    private record Job(ServerEvent event, PushTarget target, PushRequest request, int attempt,
            PushDelivery.Kind kind) {}

    public PushEngine(PushEngineConfig config, Database db, ServerEvents events, TaskScheduler scheduler,
            CallbackFormatter formatter, PushRecipients recipients) {
        this.scheduler = scheduler;
        this.formatter = formatter;
        this.recipients = recipients;
        this.targets = new PushTargetRepository(db);
        this.uplinks = new UplinkRepository(db);
        this.answers = new PushAnswerRepository(db);
        this.writer = new BatchingWriter(db, WRITE_BATCH, WRITE_LINGER);
        this.sender = new PushSender(config.timeout(), scheduler, System::nanoTime);
        this.log = new DeliveryLog(config.logCapacity());
        this.outcomes = new UplinkOutcomes(config.outcomeMemory());
        this.queues = new TargetQueues(config.queueCapacity(), config.workers(), "lorabench-push-");
        this.closeGrace = Duration.ofSeconds(5);
        this.subscription = events.subscribe(this::onEvent, config.eventQueue());
    }

    /// {@return the delivery log}, with its live stream for the GUI
    public DeliveryLog log() {
        return log;
    }

    /// {@return every target of the account}, enabled or not, in id order
    public List<PushTarget> targets(long accountId) {
        return targets.byAccount(accountId);
    }

    /// Stores `target` (inserted when its id is 0, updated otherwise) and applies it from the next event.
    /// {@return the stored target}
    public PushTarget save(PushTarget target) {
        PushTarget stored;
        if (target.id() == 0) {
            stored = targets.insert(target);
        } else {
            if (!targets.update(target)) {
                throw new IllegalArgumentException("no push target " + target.id());
            }
            stored = targets.find(target.id()).orElseThrow();
        }
        active.remove(stored.accountId());
        return stored;
    }

    /// Disables every target of the account. {@return how many were enabled}
    public int stop(long accountId) {
        int n = 0;
        for (PushTarget t : targets.byAccount(accountId)) {
            if (t.enabled()) {
                targets.update(t.withEnabled(false));
                n++;
            }
        }
        active.remove(accountId);
        return n;
    }

    /// Forgets the cached targets of the account (after a change made directly in the repository).
    public void reload(long accountId) {
        active.remove(accountId);
    }

    /// {@return the enabled targets of the account}
    public List<PushTarget> activeTargets(long accountId) {
        return active.computeIfAbsent(accountId,
                id -> targets.byAccount(id).stream().filter(PushTarget::enabled).toList());
    }

    /// Sends the formatter's test callback to `target` now, on the caller's thread. {@return the delivery}
    public PushDelivery sendTest(PushTarget target) {
        PushDelivery d = sender.send(target, formatter.testRequest(target), 1, PushDelivery.Kind.TEST);
        log.add(d);
        return d;
    }

    /// The answer of a request/response callback: the delivery (also in the log) and the answer's body, when an
    /// answer came.
    public record Answer(PushDelivery delivery, Optional<String> body) {}

    /// Sends `request` to `target` at once, outside the queues, and reads the answer's body, giving up after
    /// `deadline` (OrbiWAN's `join` callback, which a join-request waits for). {@return the answer}; never fails
    public CompletableFuture<Answer> exchange(PushTarget target, PushRequest request, java.time.Duration deadline) {
        return sender.exchange(target, request, deadline).thenApply(x -> {
            log.add(x.delivery());
            return new Answer(x.delivery(), x.body());
        });
    }

    /// Pushes the stored uplink again, on the caller's thread, to the enabled targets of the accounts it concerns,
    /// marked as not live. With `failedOnly`, targets that acknowledged it (200 or 202) are skipped; when those
    /// answers are no longer remembered, a DELIVERED uplink counts as acknowledged by all. {@return the deliveries}
    public List<PushDelivery> repush(Uplink uplink, boolean failedOnly) {
        ServerEvent event = StoredUplinks.event(uplink);
        List<PushTarget> chosen = new ArrayList<>();
        for (long account : recipients.accountsFor(event)) {
            for (PushTarget t : activeTargets(account)) {
                boolean acked = outcomes.acknowledged(uplink.id(), t.id())
                        .orElse(uplink.pushStatus() == PushStatus.DELIVERED);
                if (!(failedOnly && acked)) {
                    chosen.add(t);
                }
            }
        }
        List<PushDelivery> done = new ArrayList<>();
        List<CompletableFuture<Void>> written = new ArrayList<>();
        for (PushTarget t : chosen) {
            for (PushRequest r : formatter.format(event, t, false)) {
                if (r.storedUplink().isPresent()) {
                    PushDelivery d = sender.send(t, r, 1, PushDelivery.Kind.REPUSH);
                    written.add(record(new Job(event, t, r, 1, PushDelivery.Kind.REPUSH), d));
                    done.add(d);
                }
            }
        }
        written.forEach(CompletableFuture::join); // the caller sees the answers stored
        return done;
    }

    /// {@return how many deliveries were refused because the queue was full}
    public long refused() {
        return refused.get();
    }

    /// {@return how many deliveries wait, over all targets}
    public int queued() {
        return queues.queued();
    }

    private void onEvent(ServerEvent event) {
        List<Long> accounts = recipients.accountsFor(event);
        List<Job> jobs = new ArrayList<>();
        for (long account : accounts) {
            for (PushTarget t : activeTargets(account)) {
                for (PushRequest r : formatter.format(event, t, true)) {
                    jobs.add(new Job(event, t, r, 1, PushDelivery.Kind.LIVE));
                }
            }
        }
        if (event instanceof ServerEvent.UplinkReceived up) {
            Set<Long> expected = new LinkedHashSet<>();
            jobs.stream().filter(j -> j.request().storedUplink().isPresent()).forEach(j -> expected.add(
                    j.target().id()));
            if (expected.isEmpty()) {
                if (!accounts.isEmpty()) {
                    writer.execute(tx -> uplinks.setPushStatus(tx, up.uplinkId(), PushStatus.NONE))
                            .whenComplete((ok, e) -> {
                                if (e != null) {
                                    LOG.warn("storing push status of uplink {} failed: {}", up.uplinkId(),
                                            e.getMessage());
                                }
                            });
                }
            } else {
                outcomes.expect(up.uplinkId(), expected);
            }
        }
        jobs.forEach(this::submit);
    }

    private void submit(Job job) {
        if (!queues.offer(job.target().id(),
                () -> record(job, sender.send(job.target(), job.request(), job.attempt(), job.kind())))) {
            refused.incrementAndGet();
            PushRequest r = job.request();
            record(job, new PushDelivery(scheduler.instant(), job.target().accountId(), job.target().id(),
                    r.topic(), r.method(), r.url().toString(), OptionalInt.empty(), Duration.ZERO,
                    Optional.of(queues.closed() ? "push engine stopped" : "push queue full"), r.devEui(),
                    r.storedUplink(), job.attempt(), job.kind()));
        }
    }

    /// Queues the stored payload's answer and status for the group commit; once they are written, schedules a
    /// retry, then logs, so a log listener sees both. A delivery without stored payload is logged at once.
    /// {@return the completion of that}, never failing
    private CompletableFuture<Void> record(Job job, PushDelivery d) {
        if (d.outcome() == PushDelivery.Outcome.FAILED) {
            LOG.debug("push {} to {} failed: {}", d.topic(), d.url(), d.error().orElse("HTTP " + d.status()));
        }
        if (job.request().storedUplink().isEmpty()) {
            log.add(d);
            return CompletableFuture.completedFuture(null);
        }
        long id = job.request().storedUplink().getAsLong();
        UplinkOutcomes.Recorded recorded = outcomes.record(id, job.target().id(), d.outcome());
        Optional<PushStatus> status = recorded.status();
        PushAnswer answer = new PushAnswer(id, job.target().id(), job.target().accountId(), d.status(), d.at());
        return writer.execute(tx -> {
            if (recorded.first() && status.isPresent()) {
                // The usual case (one target, first answer): the status update finds and locks the uplink, so the
                // answer needs no guarded insert; a gone uplink gets neither, as with record().
                if (uplinks.setPushStatus(tx, id, status.get())) {
                    answers.recordFirst(tx, answer);
                }
            } else {
                answers.record(tx, answer);
                status.ifPresent(s -> uplinks.setPushStatus(tx, id, s));
            }
        }).handle((ok, e) -> {
            if (e != null) {
                LOG.warn("storing the push answer of uplink {} failed: {}", id, e.getMessage());
            }
            RetryPolicy policy = formatter.retryPolicy(job.target());
            int next = job.attempt() + 1;
            boolean retryable = job.kind() == PushDelivery.Kind.LIVE || job.kind() == PushDelivery.Kind.RETRY;
            if (d.outcome() == PushDelivery.Outcome.FAILED && retryable && policy.allows(next)
                    && !queues.closed()) {
                scheduler.schedule(policy.delayBefore(next), () -> retry(job, next));
            }
            log.add(d);
            return null;
        });
    }

    private void retry(Job job, int attempt) {
        if (queues.closed() || !activeTargets(job.target().accountId()).contains(job.target())) {
            return;
        }
        formatter.format(job.event(), job.target(), false).stream()
                .filter(r -> r.storedUplink().equals(job.request().storedUplink()))
                .findFirst()
                .ifPresent(r -> submit(new Job(job.event(), job.target(), r, attempt, PushDelivery.Kind.RETRY)));
    }

    /// Stops listening to events, lets deliveries in progress finish for up to the request timeout and writes
    /// their answers.
    @Override
    public void close() {
        subscription.close();
        queues.close(closeGrace);
        writer.close();
        sender.close();
    }
}
