// SPDX-License-Identifier: Apache-2.0
package lorabench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicLong;
import lorabench.clock.RealTimeScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.DownlinkHandler;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.server.NetworkServerConfig;
import lorabench.server.NetworkServerRuntime;
import lorabench.server.event.ServerEvent;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.Device;
import lorabench.server.session.DeviceSessions;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.SessionKeys;

/// End-to-end throughput of the network server over real UDP on loopback: N pre-provisioned ABP devices, M gateways
/// played by [UdpGatewayClient] each forwarding every uplink (so the server de-duplicates M copies), an H2 file
/// store in a temporary directory. Closed loop: at most `window` uplinks are in flight, at most one per device (a
/// device sends its next uplink only after the server has dealt with the previous one); each completes at its
/// [ServerEvent.UplinkReceived] (after de-duplication, MIC, decryption, the durable commit). Reports uplinks/s,
/// gateway datagrams/s and latency percentiles from the datagram sent to the event (the de-duplication window is
/// part of the latency by design). At the end, `lost` counts the uplinks that were neither stored nor rejected.
///
/// `java -cp target/classes:$(cat cp.txt) lorabench.bench.PipelineBenchmark [devices] [gateways] [seconds]
/// [dedupMillis] [window]`
public final class PipelineBenchmark {
    private static final long LOST_AFTER_NANOS = TimeUnit.SECONDS.toNanos(5);

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int gateways = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int dedupMs = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int window = args.length > 4 ? Integer.parseInt(args[4]) : 4000;
        Path dir = Files.createTempDirectory("lorabench-bench");
        RealTimeScheduler scheduler = new RealTimeScheduler("bench");
        AesKey nwk = AesKey.parse("000102030405060708090A0B0C0D0E0F");
        AesKey app = AesKey.parse("0F0E0D0C0B0A09080706050403020100");
        try (Database db = Database.open(DatabaseConfig.h2File(dir))) {
            // Provisioned before the server starts, in one transaction: the server starts on a populated store.
            DeviceRepository repo = new DeviceRepository(db);
            DeviceSessions sessions = new DeviceSessions(repo, new DeviceSessionRepository(db));
            db.runInTransaction(tx -> {
                for (int i = 0; i < devices; i++) {
                    Device d = repo.upsert(tx, Device.abp(new Eui64(0x1000_0000L + i), "bench-" + i,
                            MacVersion.V1_0_4, BandId.EU868, new DevAddr(0x0100_0000 + i), SessionKeys.of10(nwk, app)));
                    sessions.activateAbp(tx, d);
                }
            });
            run(db, devices, gateways, seconds, dedupMs, window, nwk, app, scheduler);
        } finally {
            scheduler.close();
        }
    }

    private static void run(Database db, int devices, int gateways, int seconds, int dedupMs, int window, AesKey nwk,
            AesKey app, RealTimeScheduler scheduler) throws Exception {
        try (NetworkServerRuntime rt = NetworkServerRuntime.startUdp(NetworkServerConfig.DEFAULT.withUdpPort(0)
                .withDedupWindow(Duration.ofMillis(dedupMs)), db, scheduler, new Random(1))) {
            List<UdpGatewayClient> gws = new ArrayList<>();
            for (int g = 0; g < gateways; g++) {
                gws.add(UdpGatewayClient.connect(new Eui64(0xBE00 + g), rt.udp().orElseThrow().localAddress(),
                        new UdpGatewayClient.Options(Duration.ZERO, Duration.ofSeconds(30)),
                        DownlinkHandler.acceptAll(), scheduler, new Random(g)));
            }
            Semaphore inFlight = new Semaphore(window);
            // A device has at most one frame in flight, as a real one: the next uplink of a device whose last one
            // is still being processed would otherwise race it (and lose, as a replay, when processed second).
            // outstanding[k]: the FCnt of device k's uplink in flight, or -1.
            AtomicLongArray outstanding = new AtomicLongArray(devices);
            long[] sentNanos = new long[devices];
            for (int k = 0; k < devices; k++) {
                outstanding.set(k, -1);
            }
            AtomicLong timedOut = new AtomicLong();
            LinkedBlockingQueue<Integer> ready = new LinkedBlockingQueue<>();
            for (int k = 0; k < devices; k++) {
                ready.add(k);
            }
            ConcurrentHashMap<Long, Long> sentAt = new ConcurrentHashMap<>();
            long[] latencies = new long[50_000_000 / 8];
            AtomicLong received = new AtomicLong();
            AtomicLong measuring = new AtomicLong(-1);
            AtomicLong rejected = new AtomicLong();
            rt.events().subscribe(e -> {
                if (e instanceof ServerEvent.UplinkReceived u) {
                    Long t0 = sentAt.remove((u.devEui().value() << 20) | u.fCnt32());
                    received.incrementAndGet();
                    if (t0 != null && measuring.get() >= 0) {
                        int i = (int) measuring.getAndIncrement();
                        if (i < latencies.length) {
                            latencies[i] = System.nanoTime() - t0;
                        }
                    }
                    int k = (int) (u.devEui().value() - 0x1000_0000L);
                    if (outstanding.compareAndSet(k, u.fCnt32(), -1)) {
                        ready.add(k);
                        inFlight.release();
                    }
                } else if (e instanceof ServerEvent.FrameRejected r) {
                    if (rejected.incrementAndGet() <= 3) {
                        System.err.println("rejected: " + r.reason() + " " + r.detail());
                    }
                    Bytes phy = r.phyPayload();
                    if (phy.size() >= 5) {
                        int addr = (phy.get(1) & 0xFF) | (phy.get(2) & 0xFF) << 8 | (phy.get(3) & 0xFF) << 16
                                | (phy.get(4) & 0xFF) << 24;
                        int k = addr - 0x0100_0000;
                        long f = k >= 0 && k < devices ? outstanding.get(k) : -1;
                        if (phy.size() >= 8 && f >= 0 && (f & 0xFFFF) == ((phy.get(6) & 0xFF) | (phy.get(7) & 0xFF) << 8)
                                && outstanding.compareAndSet(k, f, -1)) {
                            ready.add(k);
                            inFlight.release();
                        }
                    }
                }
            }, 1_000_000);
            long[] fCnt = new long[devices];
            long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            long end = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);
            long startCount = 0;
            long sent = 0;
            boolean measuringStarted = false;
            long nextSweep = System.nanoTime();
            while (System.nanoTime() < end) {
                if (!measuringStarted && System.nanoTime() >= warmupEnd) {
                    measuringStarted = true;
                    startCount = received.get();
                    measuring.set(0);
                }
                if (System.nanoTime() >= nextSweep) {
                    // Lost on the way (a datagram dropped by a full socket buffer): give up on it after 5 s.
                    nextSweep = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                    for (int j = 0; j < devices; j++) {
                        long waiting = outstanding.get(j);
                        if (waiting >= 0 && System.nanoTime() - sentNanos[j] > LOST_AFTER_NANOS
                                && outstanding.compareAndSet(j, waiting, -1)) {
                            timedOut.incrementAndGet();
                            ready.add(j);
                            inFlight.release();
                        }
                    }
                }
                if (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                Integer next = ready.poll(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    inFlight.release();
                    continue;
                }
                int k = next;
                long f = fCnt[k]++;
                outstanding.set(k, f);
                sentNanos[k] = System.nanoTime();
                DevAddr addr = new DevAddr(0x0100_0000 + k);
                Bytes phy = uplink(addr, nwk, app, f);
                sentAt.put(((0x1000_0000L + k) << 20) | f, System.nanoTime());
                for (int g = 0; g < gateways; g++) {
                    gws.get(g).pushRxpk(Rxpk.loRa((sent * 1000) & 0xFFFF_FFFFL, 868_100_000, 0, new Datr.LoRa(7, 125),
                            CodingRate.CR_4_5, -70 - g, 5.0 - g, phy));
                }
                sent++;
            }
            long count = received.get() - startCount;
            double perSecond = count / (double) seconds;
            int n = (int) Math.min(measuring.get(), latencies.length);
            long[] lat = Arrays.copyOf(latencies, n);
            Arrays.sort(lat);
            // Let what is in flight finish, then count what never came back (neither stored nor rejected).
            inFlight.tryAcquire(window, 10, TimeUnit.SECONDS);
            long lost = sent - received.get() - rejected.get();
            System.out.printf("timed out after 5 s: %d%n", timedOut.get());
            System.out.printf("devices=%d gateways=%d dedupWindow=%dms window=%d measured=%ds%n", devices, gateways,
                    dedupMs, window, seconds);
            System.out.printf("uplinks/s=%.0f gateway-uplinks/s=%.0f sent=%d rejected=%d lost=%d%n", perSecond,
                    perSecond * gateways, sent, rejected.get(), lost);
            if (n > 0) {
                System.out.printf("latency ms: p50=%.1f p99=%.1f max=%.1f (n=%d)%n", lat[n / 2] / 1e6,
                        lat[(int) (n * 0.99)] / 1e6, lat[n - 1] / 1e6, n);
            }
            System.out.printf("server counters: %s%n", rt.udp().orElseThrow().counters());
            gws.forEach(UdpGatewayClient::close);
        }
    }

    private static Bytes uplink(DevAddr addr, AesKey nwk, AesKey app, long fCnt) {
        FHdr fHdr = FHdr.of(addr, FCtrl.uplink(false, false, false, false, 0), (int) (fCnt & 0xFFFF), Bytes.EMPTY);
        Bytes payload = Bytes.fromHex("0102030405060708090A");
        DataFrame f = DataFrame.of(MType.UNCONFIRMED_DATA_UP, fHdr, 1,
                PayloadCipher.encrypt(app, Direction.UPLINK, addr, fCnt, payload), Bytes.of(new byte[4]));
        return FrameCodec.encode(f.withMic(Mic.dataUplink10(nwk, addr, fCnt, FrameCodec.micInput(f))));
    }
}
