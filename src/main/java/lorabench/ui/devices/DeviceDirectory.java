// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.server.NetworkServerRuntime;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import lorabench.server.provisioning.DeviceImport;
import lorabench.server.provisioning.DeviceInput;
import lorabench.server.provisioning.DeviceProvisioning;
import lorabench.server.provisioning.ImportFormatException;
import lorabench.server.provisioning.ImportListener;
import lorabench.server.provisioning.ImportResult;
import lorabench.server.provisioning.InvalidDeviceException;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceFilter;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.Downlink;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.Page;
import lorabench.store.SessionLogQuery;
import lorabench.store.SessionLogRepository;

/// What the Devices and Downlinks screens ask of the embedded server: the same services the APIs and the CLI use
/// (provisioning, import, the downlink queue, the session log). Every method blocks on the store: call it off
/// the FX thread.
public final class DeviceDirectory {
    /// Most devices listed at once (the table is a bench's view, not a fleet manager's).
    public static final int LIST_LIMIT = 5_000;
    /// Most session-log rows read for a join trace (the latest ones).
    static final int TRACE_ROWS = 500;
    private static final int QUEUE_PAGE = 1_000;

    private final Database db;
    private final NetworkServerRuntime server;
    private final DeviceProvisioning provisioning;
    private final DeviceSessionRepository sessions;
    private final DeviceRepository devices;
    private final SessionLogRepository log;
    private final Predicate<Eui64> virtual;

    /// @param virtual tells which DevEUIs have a virtual device in the simulator
    public DeviceDirectory(Database db, NetworkServerRuntime server, Predicate<Eui64> virtual) {
        this.db = Objects.requireNonNull(db, "db");
        this.server = Objects.requireNonNull(server, "server");
        this.virtual = Objects.requireNonNull(virtual, "virtual");
        this.provisioning = new DeviceProvisioning(db);
        this.sessions = new DeviceSessionRepository(db);
        this.devices = new DeviceRepository(db);
        this.log = new SessionLogRepository(db);
    }

    /// {@return up to [#LIST_LIMIT] devices in DevEUI order, each with its session}
    public List<DeviceRow> list() {
        List<DeviceRow> rows = new ArrayList<>();
        for (Device d : devices.list(DeviceFilter.all(), Page.first(LIST_LIMIT))) {
            rows.add(new DeviceRow(d, sessions.find(d.devEui()), virtual.test(d.devEui())));
        }
        return rows;
    }

    /// {@return the device with its session}
    public Optional<DeviceRow> find(Eui64 devEui) {
        return provisioning.find(devEui).map(d -> new DeviceRow(d, sessions.find(devEui), virtual.test(devEui)));
    }

    /// Creates a device. @throws InvalidDeviceException naming each bad field
    public Device create(DeviceInput input) throws InvalidDeviceException {
        return provisioning.create(input);
    }

    /// Replaces a device's provisioned fields. {@return it, or empty when it no longer exists}
    public Optional<Device> update(DeviceInput input) throws InvalidDeviceException {
        return provisioning.update(input);
    }

    /// Deletes the device, its session and its queue. {@return whether it existed}
    public boolean delete(Eui64 devEui) {
        return provisioning.delete(devEui);
    }

    /// Imports a CSV or JSON file in the import format. {@return what was imported and rejected}
    public ImportResult importFile(Path file, ImportListener listener) throws IOException, ImportFormatException {
        return new DeviceImport(db).importFile(file, listener);
    }

    /// {@return the device's downlinks in queue order, all statuses}
    public List<Downlink> queue(Eui64 devEui) {
        return server.downlinkQueue().list(new DownlinkTarget.Device(devEui), Page.first(QUEUE_PAGE));
    }

    /// {@return every device's downlinks whose status is in `statuses`}, newest first, with the device's name
    public List<QueuedDownlink> allDownlinks(Set<DownlinkStatus> statuses) {
        List<QueuedDownlink> all = new ArrayList<>();
        for (Device d : devices.list(DeviceFilter.all(), Page.first(LIST_LIMIT))) {
            for (Downlink x : queue(d.devEui())) {
                if (statuses.contains(x.status())) {
                    all.add(new QueuedDownlink(x, d.devEui(), d.name()));
                }
            }
        }
        all.sort(java.util.Comparator.comparingLong((QueuedDownlink q) -> q.downlink().id()).reversed());
        return all;
    }

    /// Queues a downlink for the device. {@return what the queue did}
    public EnqueueResult enqueue(Eui64 devEui, int fPort, Bytes payload, boolean confirmed, EnqueueMode mode) {
        return server.downlinkQueue().enqueue(new DownlinkTarget.Device(devEui), fPort, payload, confirmed, mode);
    }

    /// Cancels a pending downlink. {@return whether it was still pending}
    public boolean cancel(long downlinkId) {
        return server.downlinkQueue().cancel(downlinkId);
    }

    /// {@return the device's join attempts, oldest first}, from the latest [#TRACE_ROWS] session-log rows
    public List<JoinAttempt> joinTrace(Eui64 devEui) {
        SessionLogQuery q = SessionLogQuery.all().device(devEui);
        long n = log.count(q);
        return JoinTrace.of(log.list(q, new Page((int) Math.max(0, n - TRACE_ROWS), TRACE_ROWS)));
    }
}
