// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Activation;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceFilter;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.Page;
import lorabench.store.SessionLogQuery;
import lorabench.store.SessionLogRepository;
import lorabench.store.SessionKeys;

/// Writes the session log as JSONL, CSV or pcap (DESIGN.md, `lorabench export`), streaming it from the store in time
/// order so an export of any size runs in constant memory, and writes the devices' keys as Wireshark key tables.
public final class SessionLogExport {
    private static final int PAGE = 1_000;

    private final SessionLogRepository log;
    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;

    public SessionLogExport(Database db) {
        this.log = new SessionLogRepository(db);
        this.devices = new DeviceRepository(db);
        this.sessions = new DeviceSessionRepository(db);
    }

    /// Writes the entries matching `query` to `out` in `format` (the caller closes `out`). {@return how many}
    public long write(SessionLogQuery query, ExportFormat format, OutputStream out) throws IOException {
        LogWriter w = switch (format) {
            case JSONL -> new JsonlWriter(out);
            case CSV -> new CsvLogWriter(out);
            case PCAP -> new PcapWriter(out);
        };
        w.begin();
        long n;
        try {
            n = log.forEach(query, e -> {
                try {
                    w.write(e);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.end();
        return n;
    }

    /// {@return the keys of the device `devEui`, or of every device}: each active session's keys (an ABP device
    /// without a session yet: its provisioned keys) and each OTAA device's root key
    public KeyTableRows keys(Optional<Eui64> devEui) {
        List<KeyTableRows.Session> s = new ArrayList<>();
        List<KeyTableRows.Root> r = new ArrayList<>();
        for (Device d : devEui.isPresent() ? devices.find(devEui.get()).stream().toList() : allDevices()) {
            Optional<DeviceSession> session = sessions.find(d.devEui());
            if (session.isPresent()) {
                sessionRow(session.get().devAddr(), session.get().keys()).ifPresent(s::add);
            } else if (d.devAddr().isPresent() && d.abpKeys().isPresent()) {
                sessionRow(d.devAddr().get(), d.abpKeys().get()).ifPresent(s::add);
            }
            if (d.activation() == Activation.OTAA) {
                Optional<lorabench.lorawan.types.AesKey> root = d.macVersion().is11() ? d.nwkKey() : d.appKey();
                root.ifPresent(k -> r.add(new KeyTableRows.Root(d.devEui(), d.joinEui().orElseThrow(), k)));
            }
        }
        return new KeyTableRows(s, r);
    }

    /// Writes the keys of `devEui` (or of every device) to `file` as the Wireshark table `layout`.
    /// {@return how many rows were written}
    public int writeKeys(Optional<Eui64> devEui, Path file, WiresharkKeyTable.Layout layout) throws IOException {
        return WiresharkKeyTable.write(file, layout, keys(devEui));
    }

    /// A session whose AppSKey only the application holds has no row: a Wireshark key row needs both keys.
    private static Optional<KeyTableRows.Session> sessionRow(lorabench.lorawan.types.DevAddr addr, SessionKeys k) {
        return k.appSKey().map(a -> new KeyTableRows.Session(addr, k.fNwkSIntKey(), a));
    }

    private List<Device> allDevices() {
        List<Device> all = new ArrayList<>();
        for (Page p = Page.first(PAGE); ; p = p.next()) {
            List<Device> page = devices.list(DeviceFilter.all(), p);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }
}
