// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import lorabench.lorawan.band.BandId;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// Provisioned devices and their tags.
public final class DeviceRepository {
    private static final String COLUMNS = "d.dev_eui, d.name, d.activation, d.mac_version, d.region, d.device_class,"
            + " d.join_eui, d.app_key, d.nwk_key, d.dev_addr, d.f_nwk_s_int_key, d.s_nwk_s_int_key, d.nwk_s_enc_key,"
            + " d.app_s_key, d.f_cnt_up, d.f_cnt_down, d.device_profile, d.service_profile, d.application,"
            + " d.owner_account_id, d.latitude, d.longitude, d.altitude, d.relaxed_f_cnt, d.last_seen, d.last_rssi,"
            + " d.last_snr, d.attributes, d.created, d.updated";
    private static final String UPDATE = "UPDATE devices SET name = ?, activation = ?, mac_version = ?, region = ?,"
            + " device_class = ?, join_eui = ?, app_key = ?, nwk_key = ?, dev_addr = ?, f_nwk_s_int_key = ?,"
            + " s_nwk_s_int_key = ?, nwk_s_enc_key = ?, app_s_key = ?, f_cnt_up = ?, f_cnt_down = ?,"
            + " device_profile = ?, service_profile = ?, application = ?, owner_account_id = ?, latitude = ?,"
            + " longitude = ?, altitude = ?, relaxed_f_cnt = ?, attributes = ?, updated = ? WHERE dev_eui = ?";
    private static final String INSERT = "INSERT INTO devices (name, activation, mac_version, region, device_class,"
            + " join_eui, app_key, nwk_key, dev_addr, f_nwk_s_int_key, s_nwk_s_int_key, nwk_s_enc_key, app_s_key,"
            + " f_cnt_up, f_cnt_down, device_profile, service_profile, application, owner_account_id, latitude,"
            + " longitude, altitude, relaxed_f_cnt, attributes, updated, dev_eui, created, last_seen, last_rssi,"
            + " last_snr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;

    public DeviceRepository(Database db) {
        this.db = db;
    }

    /// Inserts `device` or replaces every provisioned field and its tags; the creation time and the last radio
    /// contact of an existing device are kept. {@return the device as stored}
    public Device upsert(Device device) {
        return db.inTransaction(tx -> upsert(tx, device));
    }

    public Device upsert(Tx tx, Device d) {
        Connection c = tx.connection();
        Instant now = db.clock().instant();
        Optional<SessionKeys> k = d.abpKeys();
        Object[] fields = {d.name(), d.activation(), d.macVersion(), d.region(), d.deviceClass(), d.joinEui(),
                d.appKey(), d.nwkKey(), d.devAddr(), k.map(SessionKeys::fNwkSIntKey), k.map(SessionKeys::sNwkSIntKey),
                k.map(SessionKeys::nwkSEncKey), k.flatMap(SessionKeys::appSKey), d.fCntUp(), d.fCntDown(),
                d.deviceProfile(), d.serviceProfile(), d.application(), d.ownerAccountId(), Sql.lat(d.position()),
                Sql.lon(d.position()), Sql.alt(d.position()), d.relaxedFCnt(), StoreJson.write(d.attributes()), now,
                d.devEui()};
        if (Sql.update(c, UPDATE, fields) == 0) {
            Object[] insert = new Object[fields.length + 4];
            System.arraycopy(fields, 0, insert, 0, fields.length);
            insert[fields.length] = now;
            insert[fields.length + 1] = d.lastSeen();
            insert[fields.length + 2] = d.lastRssi();
            insert[fields.length + 3] = d.lastSnr();
            Sql.update(c, INSERT, insert);
        }
        Sql.update(c, "DELETE FROM device_tags WHERE dev_eui = ?", d.devEui());
        for (Map.Entry<String, String> tag : d.tags().entrySet()) {
            Sql.update(c, "INSERT INTO device_tags (dev_eui, tag_key, tag_value) VALUES (?, ?, ?)", d.devEui(),
                    tag.getKey(), tag.getValue());
        }
        db.deviceChanges().changed(tx, new DeviceChanges.Change(d.devEui(), d.devAddr()));
        return find(c, d.devEui()).orElseThrow();
    }

    /// Records a radio contact: the uplink path calls it in the transaction that stores the uplink.
    /// {@return whether the device exists}
    public boolean recordSeen(Tx tx, Eui64 devEui, Instant at, double rssi, double snr) {
        return Sql.update(tx.connection(),
                "UPDATE devices SET last_seen = ?, last_rssi = ?, last_snr = ? WHERE dev_eui = ?", at, rssi, snr,
                devEui) == 1;
    }

    public Optional<Device> find(Eui64 devEui) {
        return db.read(c -> find(c, devEui));
    }

    public Optional<Device> find(Tx tx, Eui64 devEui) {
        return find(tx.connection(), devEui);
    }

    /// {@return the devices matching `filter` in DevEUI order}
    public List<Device> list(DeviceFilter filter, Page page) {
        Where w = where(filter);
        return db.read(c -> withTags(c, Sql.list(c, "SELECT " + COLUMNS + " FROM devices d" + w.sql()
                + " ORDER BY d.dev_eui LIMIT ? OFFSET ?", DeviceRepository::map, w.params(page.limit(), page.offset()))));
    }

    /// {@return every device owned by the account}, in DevEUI order
    public List<Device> byOwner(long accountId) {
        return db.read(c -> withTags(c, Sql.list(c, "SELECT " + COLUMNS
                + " FROM devices d WHERE d.owner_account_id = ? ORDER BY d.dev_eui", DeviceRepository::map, accountId)));
    }

    public long count(DeviceFilter filter) {
        Where w = where(filter);
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM devices d" + w.sql(), w.params()));
    }

    /// {@return how many devices are in each activation state}, and how many were heard at or after `heardSince`
    public DeviceStateCounts countByState(Instant heardSince) {
        String session = "CASE WHEN s.dev_eui IS NULL THEN 0 ELSE 1 END";
        long[] n = new long[5];
        db.read(c -> Sql.list(c, "SELECT d.activation, " + session + " AS has_session, COUNT(*) AS n,"
                + " SUM(CASE WHEN d.last_seen >= ? THEN 1 ELSE 0 END) AS heard FROM devices d"
                + " LEFT JOIN device_sessions s ON s.dev_eui = d.dev_eui GROUP BY d.activation, " + session, rs -> {
                    boolean otaa = Activation.valueOf(rs.getString("activation")) == Activation.OTAA;
                    boolean joined = rs.getInt("has_session") == 1;
                    n[otaa ? (joined ? 1 : 0) : (joined ? 2 : 3)] += rs.getLong("n");
                    n[4] += rs.getLong("heard");
                    return null;
                }, heardSince));
        return new DeviceStateCounts(n[0], n[1], n[2], n[3], n[4]);
    }

    /// Deletes the device with its tags, session, join state, uplinks, queue and group memberships.
    /// {@return whether it existed}
    public boolean delete(Eui64 devEui) {
        return db.inTransaction(tx -> delete(tx, devEui));
    }

    public boolean delete(Tx tx, Eui64 devEui) {
        db.deviceChanges().changed(tx, new DeviceChanges.Change(devEui, Optional.empty()));
        return Sql.update(tx.connection(), "DELETE FROM devices WHERE dev_eui = ?", devEui) == 1;
    }

    private static Optional<Device> find(Connection c, Eui64 devEui) {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM devices d WHERE d.dev_eui = ?", DeviceRepository::map, devEui)
                .map(d -> withTags(c, List.of(d)).getFirst());
    }

    private static Where where(DeviceFilter f) {
        Where w = new Where()
                .addIf(f.ownerAccountId(), "d.owner_account_id = ?")
                .addIf(f.application(), "d.application = ?");
        f.search().ifPresent(s -> {
            String pattern = "%" + s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            w.add("(LOWER(d.name) LIKE ? ESCAPE '\\' OR LOWER(d.dev_eui) LIKE ? ESCAPE '\\')", pattern, pattern);
        });
        f.tagKey().ifPresent(key -> {
            if (f.tagValue().isPresent()) {
                w.add("EXISTS (SELECT 1 FROM device_tags t WHERE t.dev_eui = d.dev_eui AND t.tag_key = ?"
                        + " AND t.tag_value = ?)", key, f.tagValue().get());
            } else {
                w.add("EXISTS (SELECT 1 FROM device_tags t WHERE t.dev_eui = d.dev_eui AND t.tag_key = ?)", key);
            }
        });
        return w;
    }

    /// {@return `devices` with their tags}, read in one query
    private static List<Device> withTags(Connection c, List<Device> devices) {
        if (devices.isEmpty()) {
            return devices;
        }
        String marks = String.join(", ", Collections.nCopies(devices.size(), "?"));
        Map<Eui64, Map<String, String>> tags = new HashMap<>();
        Sql.list(c, "SELECT dev_eui, tag_key, tag_value FROM device_tags WHERE dev_eui IN (" + marks + ")", rs -> {
            tags.computeIfAbsent(Sql.eui(rs, "dev_eui"), k -> new HashMap<>())
                    .put(rs.getString("tag_key"), rs.getString("tag_value"));
            return null;
        }, devices.stream().map(Device::devEui).toArray());
        List<Device> out = new ArrayList<>(devices.size());
        for (Device d : devices) {
            out.add(d.withTags(tags.getOrDefault(d.devEui(), Map.of())));
        }
        return out;
    }

    private static Device map(ResultSet rs) throws SQLException {
        Optional<SessionKeys> keys = Sql.optKey(rs, "f_nwk_s_int_key").isEmpty() ? Optional.empty()
                : Optional.of(new SessionKeys(Sql.key(rs, "f_nwk_s_int_key"), Sql.key(rs, "s_nwk_s_int_key"),
                        Sql.key(rs, "nwk_s_enc_key"), Sql.optKey(rs, "app_s_key")));
        return new Device(Sql.eui(rs, "dev_eui"), rs.getString("name"), Activation.valueOf(rs.getString("activation")),
                MacVersion.parse(rs.getString("mac_version")), BandId.parse(rs.getString("region")),
                DeviceClass.valueOf(rs.getString("device_class")), Sql.optEui(rs, "join_eui"),
                Sql.optKey(rs, "app_key"), Sql.optKey(rs, "nwk_key"), Sql.optDevAddr(rs, "dev_addr"), keys,
                rs.getLong("f_cnt_up"), rs.getLong("f_cnt_down"), Sql.optString(rs, "device_profile"),
                Sql.optString(rs, "service_profile"), Sql.optString(rs, "application"), Map.of(),
                Sql.optLong(rs, "owner_account_id"), Sql.position(rs), rs.getBoolean("relaxed_f_cnt"),
                Sql.optInstant(rs, "last_seen"), Sql.optDouble(rs, "last_rssi"), Sql.optDouble(rs, "last_snr"),
                StoreJson.tree(rs.getString("attributes")), Sql.instant(rs, "created"), Sql.instant(rs, "updated"));
    }
}
