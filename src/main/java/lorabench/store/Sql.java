// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// Small JDBC helpers shared by the repositories: typed values become their column form here and only here.
final class Sql {
    private Sql() {}

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /// {@return `value` in the form stored in its column} (hex for EUIs, DevAddr and keys, UTC times, enum names)
    static Object toColumn(Object value) {
        return switch (value) {
            case null -> null;
            case Optional<?> o -> toColumn(o.orElse(null));
            case Eui64 e -> e.toString();
            case DevAddr a -> a.toString();
            case AesKey k -> k.toHex();
            case Bytes b -> b.toArray();
            case Instant t -> OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            case MacVersion v -> v.toString();
            case lorabench.lorawan.band.BandId b -> b.text();
            case Enum<?> e -> e.name();
            default -> value;
        };
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, toColumn(params[i]));
        }
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(c, sql, mapper, params);
        if (rows.size() > 1) {
            throw new StoreException("expected at most one row, got " + rows.size() + " for: " + sql);
        }
        return rows.stream().findFirst();
    }

    static long count(Connection c, String sql, Object... params) {
        return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /// Runs an INSERT into a table whose key is the identity column `id`, {@return the generated id}
    static long insertReturningId(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("no generated id for: " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /// Updates a row and inserts it when there was none: portable across H2 and PostgreSQL, which share no upsert.
    static void upsert(Connection c, String updateSql, Object[] updateParams, String insertSql, Object[] insertParams) {
        if (update(c, updateSql, updateParams) == 0) {
            update(c, insertSql, insertParams);
        }
    }

    static StoreException failure(String sql, SQLException e) {
        return new StoreException(e.getMessage() + " [SQL state " + e.getSQLState() + "] in: " + sql, e);
    }

    // ---- column readers -------------------------------------------------------------------------------------------

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Optional<Instant> optInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    static Eui64 eui(ResultSet rs, String column) throws SQLException {
        return Eui64.parse(rs.getString(column));
    }

    static Optional<Eui64> optEui(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(Eui64::parse);
    }

    static DevAddr devAddr(ResultSet rs, String column) throws SQLException {
        return DevAddr.parse(rs.getString(column));
    }

    static Optional<DevAddr> optDevAddr(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(DevAddr::parse);
    }

    static AesKey key(ResultSet rs, String column) throws SQLException {
        return AesKey.parse(rs.getString(column));
    }

    static Optional<AesKey> optKey(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(AesKey::parse);
    }

    static Bytes bytes(ResultSet rs, String column) throws SQLException {
        byte[] b = rs.getBytes(column);
        return b == null ? Bytes.EMPTY : Bytes.wrap(b);
    }

    static Optional<Bytes> optBytes(ResultSet rs, String column) throws SQLException {
        byte[] b = rs.getBytes(column);
        return b == null ? Optional.empty() : Optional.of(Bytes.wrap(b));
    }

    static Optional<Long> optLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Integer> optInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Double> optDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Boolean> optBoolean(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<String> optString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    /// {@return the position in the `latitude`, `longitude`, `altitude` columns}, empty when latitude is NULL
    static Optional<Position> position(ResultSet rs) throws SQLException {
        Optional<Double> lat = optDouble(rs, "latitude");
        if (lat.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Position(lat.get(), rs.getDouble("longitude"), rs.getDouble("altitude")));
    }

    static Object lat(Optional<Position> p) {
        return p.map(Position::latitude).orElse(null);
    }

    static Object lon(Optional<Position> p) {
        return p.map(Position::longitude).orElse(null);
    }

    static Object alt(Optional<Position> p) {
        return p.map(Position::altitude).orElse(null);
    }
}
