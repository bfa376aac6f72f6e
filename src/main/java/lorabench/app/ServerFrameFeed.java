// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.ui.frames.CapturedFrame;
import lorabench.ui.frames.DissectionKeys;
import lorabench.ui.frames.FrameFeed;
import lorabench.ui.frames.FrameOrigin;
import lorabench.ui.keys.KeyVersion;

/// The Live frames screen's feed from the embedded server: every accepted uplink, join-request (accepted or
/// refused), transmitted downlink (join-accepts included) and rejected frame becomes a [CapturedFrame] with its
/// radio metadata (the best gateway's RSSI and SNR for uplinks), the server's MIC verdict, and the device's keys so
/// that the dissection decrypts it. It listens from the moment the server is up and keeps the latest frames, so the
/// screen shows the traffic since start even when opened later.
public final class ServerFrameFeed implements FrameFeed {
    /// How many recent frames a new subscriber receives first (the screen opened after the traffic started).
    public static final int REPLAY = 2_000;

    private final Object lock = new Object();
    private final ArrayDeque<CapturedFrame> recent = new ArrayDeque<>();
    private final List<Consumer<CapturedFrame>> consumers = new CopyOnWriteArrayList<>();

    /// Starts listening as soon as `server` is up.
    public ServerFrameFeed(CompletableFuture<LoraBenchServer> server) {
        Objects.requireNonNull(server, "server").thenAccept(s -> {
            Mapper mapper = new Mapper(new KeysLookup(s.database()));
            s.server().events().subscribe(e -> mapper.map(e).ifPresent(this::deliver));
        });
    }

    private void deliver(CapturedFrame frame) {
        synchronized (lock) {
            if (recent.size() == REPLAY) {
                recent.removeFirst();
            }
            recent.addLast(frame);
            consumers.forEach(c -> c.accept(frame));
        }
    }

    /// Delivers the last [#REPLAY] frames, then every new one, until closed.
    @Override
    public Subscription subscribe(Consumer<CapturedFrame> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        synchronized (lock) {
            recent.forEach(consumer);
            consumers.add(consumer);
        }
        return () -> consumers.remove(consumer);
    }

    /// Finds the keys the dissector needs: the session keys of a device, or its root key for join frames.
    static final class KeysLookup {
        private final DeviceRepository devices;
        private final DeviceSessionRepository sessions;

        KeysLookup(Database db) {
            this.devices = new DeviceRepository(db);
            this.sessions = new DeviceSessionRepository(db);
        }

        /// {@return the session keys, with the full 32-bit FCnt when known (else the 16 bits on air count)}
        Optional<DissectionKeys> session(Eui64 devEui, OptionalLong fCnt32) {
            return sessions.find(devEui).map(s -> fCnt32.isPresent() ? sessionKeys(s).withFCnt32(fCnt32.getAsLong())
                    : sessionKeys(s));
        }

        Optional<DissectionKeys> root(Eui64 devEui) {
            return devices.find(devEui).flatMap(KeysLookup::rootKeys);
        }

        static DissectionKeys sessionKeys(DeviceSession s) {
            var k = s.keys();
            if (!s.macVersion().is11()) {
                var keys10 = DissectionKeys.none(KeyVersion.V1_0).withNwkSKey(k.fNwkSIntKey());
                return k.appSKey().map(keys10::withAppSKey).orElse(keys10);
            }
            var keys11 = DissectionKeys.none(KeyVersion.V1_1).withNetworkKeys11(Optional.of(k.fNwkSIntKey()),
                    Optional.of(k.sNwkSIntKey()), Optional.of(k.nwkSEncKey()));
            return k.appSKey().map(keys11::withAppSKey).orElse(keys11);
        }

        static Optional<DissectionKeys> rootKeys(Device d) {
            Optional<lorabench.lorawan.types.AesKey> root = d.macVersion().is11() ? d.nwkKey() : d.appKey();
            KeyVersion v = d.macVersion().is11() ? KeyVersion.V1_1 : KeyVersion.V1_0;
            return root.map(k -> DissectionKeys.none(v).withRootKey(k));
        }
    }

    /// Maps one server event to the frame it carries, if any.
    static final class Mapper {
        private final KeysLookup keys;

        Mapper(KeysLookup keys) {
            this.keys = keys;
        }

        Optional<CapturedFrame> map(ServerEvent event) {
            return switch (event) {
                case ServerEvent.UplinkReceived u -> Optional.of(uplink(u.at(), u.phyPayload(), u.receptions(),
                        Optional.of(true), Optional.of(u.devEui()),
                        keys.session(u.devEui(), OptionalLong.of(u.fCnt32()))));
                case ServerEvent.JoinAccepted j -> Optional.of(uplink(j.at(), j.phyPayload(), j.receptions(),
                        Optional.of(true), Optional.of(j.devEui()), keys.root(j.devEui())));
                case ServerEvent.JoinRejected j -> Optional.of(uplink(j.at(), j.phyPayload(), j.receptions(),
                        j.reason() == ServerEvent.JoinRejectReason.BAD_MIC ? Optional.of(false) : Optional.empty(),
                        Optional.of(j.devEui()), keys.root(j.devEui())));
                case ServerEvent.DownlinkTransmitted d -> Optional.of(downlink(d));
                case ServerEvent.FrameRejected r -> Optional.of(new CapturedFrame(r.at(), Direction.UPLINK,
                        r.gateway(), r.phyPayload(), OptionalLong.empty(), Optional.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty(), r.reason() == ServerEvent.RejectReason.MIC_MISMATCH ? Optional.of(false)
                        : Optional.empty(), Optional.empty(), Optional.empty(), FrameOrigin.LIVE));
                case ServerEvent.UplinkRefused r -> Optional.of(uplink(r.at(), r.phyPayload(), r.receptions(),
                        Optional.of(true), Optional.of(r.devEui()),
                        keys.session(r.devEui(), OptionalLong.of(r.fCnt32()))));
                case ServerEvent.DownlinkStatusChanged x -> Optional.empty();
                case ServerEvent.GatewayConnected x -> Optional.empty();
                case ServerEvent.GatewayStatsReported x -> Optional.empty();
                case ServerEvent.MacExchange x -> Optional.empty();
                case ServerEvent.JoinCompleted x -> Optional.empty();
                case ServerEvent.JoinForwarded x -> Optional.empty();
                case ServerEvent.JoinAborted x -> Optional.empty();
            };
        }

        private static CapturedFrame uplink(java.time.Instant at, Bytes phy, List<Reception> receptions,
                Optional<Boolean> mic, Optional<Eui64> devEui, Optional<DissectionKeys> keys) {
            CapturedFrame f = new CapturedFrame(at, Direction.UPLINK, Optional.empty(), phy, OptionalLong.empty(),
                    Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), mic, devEui, keys,
                    FrameOrigin.LIVE);
            if (!receptions.isEmpty()) {
                Reception best = receptions.getFirst();
                f = f.withRadio(best.gateway(), best.frequencyHz(), best.dataRate(), best.rssi(), best.snr());
            }
            return f;
        }

        private CapturedFrame downlink(ServerEvent.DownlinkTransmitted d) {
            boolean joinAccept = !d.phyPayload().isEmpty() && (d.phyPayload().get(0) >>> 5) == 1;
            Function<Eui64, Optional<DissectionKeys>> lookup = joinAccept ? keys::root
                    : eui -> keys.session(eui, OptionalLong.empty());
            return new CapturedFrame(d.at(), Direction.DOWNLINK, Optional.of(d.gateway()), d.phyPayload(),
                    OptionalLong.of(d.frequencyHz()), Optional.of(d.dataRate()), OptionalDouble.empty(),
                    OptionalDouble.empty(), Optional.empty(), d.devEui(), d.devEui().flatMap(lookup),
                    FrameOrigin.LIVE);
        }
    }
}
