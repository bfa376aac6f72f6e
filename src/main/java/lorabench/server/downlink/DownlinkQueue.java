// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.types.Bytes;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceClass;
import lorabench.store.DeviceRepository;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.GroupRepository;
import lorabench.store.Page;

/// The downlink queue service that the APIs, the GUI and the CLI call: enqueue with a [EnqueueMode], cancel, list.
///
/// Size check at enqueue: the payload must fit the largest FRMPayload of the band's downlink data rates (RP002
/// "Maximum payload size", N); whether it fits the window actually used is decided at sending time, where a
/// payload too large for every window of that opportunity ends in ERROR. A class C device's queue and a group's
/// multicast queue are served at once; a class B device's in its next ping slot ([ClassBScheduler]).
public final class DownlinkQueue {
    /// OrbiWAN's default limit of waiting downlinks per device.
    public static final int DEFAULT_LIMIT = 10;

    private final Database db;
    private final DeviceRepository devices;
    private final GroupRepository groups;
    private final DownlinkRepository downlinks;
    private final StatusChanges statuses;
    private final ClassCScheduler classC;
    private final ClassBScheduler classB;
    private final MulticastSender multicast;
    private final Executor work;
    private final int limit;

    public DownlinkQueue(Database db, DeviceRepository devices, GroupRepository groups, DownlinkRepository downlinks,
            StatusChanges statuses, ClassCScheduler classC, ClassBScheduler classB, MulticastSender multicast,
            Executor work, int limit) {
        this.db = Objects.requireNonNull(db, "db");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.classC = Objects.requireNonNull(classC, "classC");
        this.classB = Objects.requireNonNull(classB, "classB");
        this.multicast = Objects.requireNonNull(multicast, "multicast");
        this.work = Objects.requireNonNull(work, "work");
        if (limit < 1) {
            throw new IllegalArgumentException("the queue limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    /// Queues `payload` for `target` on `fPort` (1..223), with the next frame counter. {@return what happened}
    public EnqueueResult enqueue(DownlinkTarget target, int fPort, Bytes payload, boolean confirmed,
            EnqueueMode mode) {
        return enqueue(target, fPort, payload, confirmed, mode, Optional.empty());
    }

    /// Queues `payload` for `target` on `fPort` (1..223). With `fCnt` the frame goes out with exactly that
    /// downlink counter (0..2^32-1), and ends in ERROR when the counter is already used by then. {@return what
    /// happened}
    public EnqueueResult enqueue(DownlinkTarget target, int fPort, Bytes payload, boolean confirmed,
            EnqueueMode mode, Optional<Long> fCnt) {
        return enqueue(target, fPort, payload, confirmed, mode, fCnt, Optional.empty());
    }

    /// Queues `payload` like [#enqueue(DownlinkTarget, int, Bytes, boolean, EnqueueMode, Optional)], keeping the
    /// application's correlation `tag` (at most [Downlink#MAX_TAG] characters) with it. {@return what happened}
    public EnqueueResult enqueue(DownlinkTarget target, int fPort, Bytes payload, boolean confirmed,
            EnqueueMode mode, Optional<Long> fCnt, Optional<String> tag) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(fCnt, "fCnt");
        if (fCnt.filter(f -> f < 0 || f > 0xFFFF_FFFFL).isPresent()) {
            throw new IllegalArgumentException("fCnt must be 0..4294967295, got " + fCnt.get());
        }
        Optional<Device> device = Optional.empty();
        Band band;
        switch (target) {
            case DownlinkTarget.Device d -> {
                device = devices.find(d.devEui());
                if (device.isEmpty()) {
                    return new EnqueueResult.UnknownTarget("no device " + d.devEui());
                }
                band = device.get().band();
            }
            case DownlinkTarget.Group g -> {
                var group = groups.find(g.groupId());
                if (group.isEmpty() || group.get().multicast().isEmpty()) {
                    return new EnqueueResult.UnknownTarget("no group " + g.groupId() + " with a multicast session");
                }
                band = multicast.band(group.get());
                confirmed = false; // multicast downlinks are never confirmed (TS005-1.0.0 §2)
            }
        }
        int max = maxFrmPayload(band);
        if (payload.size() > max) {
            return new EnqueueResult.TooLarge(payload.size(), max);
        }
        Downlink draft = Downlink.newDownlink(target, fPort, payload, confirmed, fCnt).withTag(tag);
        EnqueueResult result = db.inTransaction(tx -> {
            long waiting = downlinks.countPending(tx, target);
            List<Downlink> replaced = List.of();
            if (waiting > 0 && mode == EnqueueMode.FAIL_ON_BUSY) {
                return new EnqueueResult.Busy(waiting);
            }
            if (waiting > 0 && mode == EnqueueMode.REPLACE_ON_BUSY) {
                replaced = downlinks.cancelPending(tx, target);
            } else if (waiting >= limit) {
                return new EnqueueResult.QueueFull(limit);
            }
            return new EnqueueResult.Accepted(downlinks.enqueue(tx, draft), replaced);
        });
        if (result instanceof EnqueueResult.Accepted a) {
            a.replaced().forEach(d -> statuses.announce(d, DownlinkStatus.PENDING, DownlinkStatus.CANCELLED,
                    Optional.of("replaced by downlink " + a.downlink().id())));
            if (device.isPresent() && device.get().deviceClass() == DeviceClass.C) {
                Device d = device.get();
                work.execute(() -> classC.trigger(d.devEui()));
            } else if (device.isPresent()) {
                Device d = device.get();
                work.execute(() -> classB.trigger(d.devEui())); // does nothing unless the device is in class B
            }
            if (target instanceof DownlinkTarget.Group g) {
                work.execute(() -> multicast.trigger(g.groupId()));
            }
        }
        return result;
    }

    /// Cancels a PENDING downlink. {@return whether it was pending}
    public boolean cancel(long id) {
        Optional<Downlink> d = downlinks.find(id);
        return d.isPresent() && statuses.move(id, d.get().target(), DownlinkStatus.PENDING, DownlinkStatus.CANCELLED,
                Optional.of("cancelled"));
    }

    /// {@return the target's downlinks in queue order}, all statuses
    public List<Downlink> list(DownlinkTarget target, Page page) {
        return downlinks.list(target, page);
    }

    public Optional<Downlink> find(long id) {
        return downlinks.find(id);
    }

    /// {@return the limit of waiting downlinks per target}
    public int limit() {
        return limit;
    }

    private static int maxFrmPayload(Band band) {
        int max = 0;
        for (int dr = band.downlinkDrs().min(); dr <= band.downlinkDrs().max(); dr++) {
            max = Math.max(max, band.maxPayload(dr, band.dwellTime().downlink()).map(m -> m.n()).orElse(0));
        }
        return max;
    }
}
