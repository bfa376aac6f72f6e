// SPDX-License-Identifier: Apache-2.0
package lorabench.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import lorabench.api.orbiwise.push.OrbiwisePushModule;
import lorabench.api.orbiwise.push.OwPushSettings;
import lorabench.clock.RealTimeScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.server.push.PushEngine;
import lorabench.server.push.PushEngineConfig;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.GatewayRx;
import lorabench.store.PasswordHasher;
import lorabench.store.PushStatus;
import lorabench.store.SessionKeys;
import lorabench.store.Uplink;
import lorabench.store.UplinkRepository;

/// Push rate of the OrbiWAN HTTP push mode through the real [PushEngine] (OrbiWAN formatter, delivery log, the
/// per-application answer and push status written to an H2 file store) to an application on loopback
/// (`com.sun.net.httpserver`, answering 200 with keep-alive). Stored uplinks are published as the network server's
/// [ServerEvent.UplinkReceived] events, at most `window` unanswered at a time; each push completes when the delivery
/// log records its answer. Reports pushes/s and the process CPU per push (the receiver runs in the same process, so
/// its CPU is included), then that CPU split by thread: the receiver (its dispatcher and its own pool of platform
/// threads, so that its work is not mixed with the engine's virtual threads), the driver (the main thread, which
/// publishes the events as the network server would), the carriers of the engine's virtual threads, the store
/// writer, GC, JIT and the other threads (on Linux, from `/proc`).
///
/// `java -cp target/lorabench.jar:target/lib/* lorabench.bench.PushRateBenchmark [pushes] [window] [workers]`
public final class PushRateBenchmark {
    private static final Eui64 GATEWAY = Eui64.parse("0000000012340000");
    private static final String RECEIVER = "app-receiver-";
    /// Enough for the engine's connections to the one target (16 workers by default) to be served at once.
    private static final int RECEIVER_THREADS = 32;

    private PushRateBenchmark() {}

    public static void main(String[] args) throws Exception {
        int pushes = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int window = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : PushEngineConfig.DEFAULT.workers();
        Path dir = Files.createTempDirectory("lorabench-push-bench");
        HttpServer app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        // Platform threads of its own: on virtual threads the receiver shared the carriers of the engine's push
        // workers, and cost the process about a third more CPU per push than on a pool (an application's receiver
        // runs in a process of its own).
        app.setExecutor(Executors.newFixedThreadPool(RECEIVER_THREADS, Thread.ofPlatform().name(RECEIVER, 0)
                .daemon().factory()));
        app.createContext("/", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                in.readAllBytes();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        app.start();
        PushEngineConfig config = PushEngineConfig.DEFAULT.withQueue(workers, Math.max(window * 2, 1_000));
        try (Database db = Database.open(DatabaseConfig.h2File(dir));
                RealTimeScheduler clock = new RealTimeScheduler("push-bench");
                ServerEvents events = new ServerEvents();
                OrbiwisePushModule module = OrbiwisePushModule.create(db, events, clock, config)) {
            List<ServerEvent.UplinkReceived> stored = provision(db, module.engine(),
                    URI.create("http://127.0.0.1:" + app.getAddress().getPort()), 2L * pushes);
            Semaphore inFlight = new Semaphore(window);
            AtomicLong answered = new AtomicLong();
            AtomicLong ok = new AtomicLong();
            try (AutoCloseable sub = module.engine().log().subscribe(d -> {
                answered.incrementAndGet();
                if (d.status().orElse(0) == 200) {
                    ok.incrementAndGet();
                } else if (answered.get() == 1) {
                    System.err.println("first push failed: " + d.status() + " " + d.error().orElse(""));
                }
                inFlight.release();
            })) {
                run(events, stored.subList(0, pushes), inFlight, answered); // warm-up
                answered.set(0);
                ok.set(0);
                var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                java.util.Map<String, Long> split0 = cpuByThread();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                run(events, stored.subList(pushes, 2 * pushes), inFlight, answered);
                double seconds = (System.nanoTime() - t0) / 1e9;
                java.util.Map<String, Long> split1 = cpuByThread();
                double cpuMicros = (os.getProcessCpuTime() - cpu0) / 1e3 / pushes;
                System.out.printf("pushes=%d window=%d workers=%d answered200=%d refused=%d seconds=%.2f"
                        + " pushesPerSecond=%.0f processCpuMicrosPerPush=%.0f cores=%d%n", pushes, window, workers,
                        ok.get(), module.engine().refused(), seconds, pushes / seconds, cpuMicros,
                        Runtime.getRuntime().availableProcessors());
                StringBuilder split = new StringBuilder("cpuMicrosPerPush by thread:");
                double named = 0;
                for (var e : split1.entrySet()) {
                    double us = (e.getValue() - split0.getOrDefault(e.getKey(), 0L)) / 1e3 / pushes;
                    named += us;
                    if (us >= 1) {
                        split.append(String.format(" %s=%.0f", e.getKey(), us));
                    }
                }
                if (!split1.isEmpty()) {
                    System.out.println(split.append(String.format(" endedThreads=%.0f", cpuMicros - named)));
                }
            }
        } finally {
            app.stop(0);
        }
    }

    /// {@return the CPU nanoseconds so far of the process's live threads, GC and JIT threads included}, by group:
    /// `receiver` (its pool and dispatcher), `driver` (main), `carriers` (the virtual threads' carriers: the engine's
    /// push workers and event dispatch), `gc`, `jit`, and the others by their OS name (Java's, cut to 15
    /// characters), digits dropped. Read from Linux's `/proc/self/task`, in clock ticks of 10 ms; empty elsewhere.
    private static java.util.Map<String, Long> cpuByThread() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (var dirs = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) dirs::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip();
                    String stat = Files.readString(t.resolve("stat"));
                    // the fields after the parenthesised name: state is field 3, utime 14 and stime 15
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    String group = name.startsWith("app-receiver") || name.startsWith("HTTP-Dispatcher") ? "receiver"
                            : name.equals("main") ? "driver"
                            : name.startsWith("ForkJoinPool") ? "carriers"
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") ? "gc"
                            : name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "jit"
                            : name.replaceAll("[0-9]+", "");
                    out.merge(group, ticks * 10_000_000L, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static void run(ServerEvents events, List<ServerEvent.UplinkReceived> batch, Semaphore inFlight,
            AtomicLong answered) throws InterruptedException {
        long target = answered.get() + batch.size();
        for (ServerEvent.UplinkReceived e : batch) {
            inFlight.acquire();
            events.publish(e);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (answered.get() < target && System.nanoTime() < deadline) {
            if (inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                inFlight.release();
            }
        }
    }

    /// An account with one push target (payloads_ul only) and a device with `n` stored uplinks. {@return their
    /// events}
    private static List<ServerEvent.UplinkReceived> provision(Database db, PushEngine engine, URI url, long n) {
        Account account = new AccountRepository(db).insert(Account.newUser("bench",
                new PasswordHasher(1_000, new java.util.Random(1)).hash("pw".toCharArray())));
        AesKey k = AesKey.of(new byte[16]);
        DevAddr addr = DevAddr.parse("26011BDA");
        Device device = new DeviceRepository(db).upsert(Device.abp(Eui64.parse("0102030405060708"), "bench",
                MacVersion.V1_0_4, BandId.EU868, addr, SessionKeys.of10(k, k)).withOwner(Optional.of(account.id())));
        // As PUT /rest/pushmode/start with {"host", "port", "push_subscription": "payloads_ul"}.
        var body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("host", "http://" + url.getHost()).put("port", url.getPort())
                .put("push_subscription", "payloads_ul");
        if (!(OwPushSettings.parse(body, true) instanceof OwPushSettings.Result.Valid v)) {
            throw new IllegalStateException("push settings refused: " + body);
        }
        engine.save(v.settings().applyTo(Optional.empty(), account.id()).withEnabled(true));
        UplinkRepository uplinks = new UplinkRepository(db);
        List<ServerEvent.UplinkReceived> out = new ArrayList<>();
        Instant at = Instant.now();
        db.runInTransaction(tx -> {
            for (long f = 0; f < n; f++) {
                Uplink u = uplinks.insert(tx, new Uplink(0, device.devEui(), addr, at, f, Optional.of(10), false,
                        Bytes.fromHex("0102030405060708090A0B0C0D0E0F10"), Bytes.fromHex("40"), 868_100_000,
                        "SF7BW125", List.of(new GatewayRx(GATEWAY, -80, 7, 1000, 0, 0)), PushStatus.PENDING));
                out.add(new ServerEvent.UplinkReceived(at, u.id(), u.devEui(), addr, f, u.fPort(), u.payload(),
                        false, 5, List.of(new Reception(GATEWAY, -80, 7, 868_100_000, "SF7BW125", 1000, 0, 0, at)),
                        u.phyPayload()));
            }
        });
        return out;
    }
}
