// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/// Where the store lives: a JDBC URL with its credentials and the size of the connection pool.
///
/// H2 URLs use `MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE` so the one set of migrations serves both databases,
/// `DEFAULT_NULL_ORDERING=HIGH` to sort NULLs as PostgreSQL does, `QUERY_CACHE_SIZE=64` so that a connection keeps
/// the parsed form of every statement of the uplink path (H2 keeps 8 by default, fewer than the uplink, join and
/// downlink paths use, and parsed them again each time), and, for files, `DB_CLOSE_ON_EXIT=FALSE` (H2's own
/// shutdown hook would close the database before the server's hook has drained what it acknowledged; the owner
/// closes it) and `WRITE_DELAY=0` so every commit
/// is written before it returns (H2's default delay of 500 ms lost committed rows on `kill -9`).
public record DatabaseConfig(String jdbcUrl, String user, String password, int maxPoolSize) {
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a JDBC URL starts with 'jdbc:', got '" + jdbcUrl + "'");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, got " + maxPoolSize);
        }
    }

    /// {@return the embedded H2 file database `<dataDir>/lorabench.mv.db`}
    public static DatabaseConfig h2File(Path dataDir) {
        String base = dataDir.toAbsolutePath().resolve("lorabench").toString();
        return new DatabaseConfig("jdbc:h2:file:" + base + H2_OPTIONS + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "",
                8);
    }

    /// {@return a private in-memory H2 database named `name`}, alive until [Database#close()]
    public static DatabaseConfig h2Memory(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("an in-memory database name is letters, digits, '_' or '-', got '" + name + "'");
        }
        return new DatabaseConfig("jdbc:h2:mem:" + name + H2_OPTIONS, "sa", "", 8);
    }

    /// {@return any JDBC database} (PostgreSQL 15 is the one tested besides H2)
    public static DatabaseConfig jdbc(String url, String user, String password) {
        return new DatabaseConfig(url, user, password, 8);
    }

    public DatabaseConfig withMaxPoolSize(int size) {
        return new DatabaseConfig(jdbcUrl, user, password, size);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public boolean isH2Memory() {
        return jdbcUrl.startsWith("jdbc:h2:mem:");
    }

    public boolean isPostgreSql() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /// {@return the JDBC URL with any password it carries replaced by `***`}: PostgreSQL takes `?password=` or
    /// `&password=`, H2 `;PASSWORD=`; this is the form for status output, logs and error messages
    public String redactedUrl() {
        return PASSWORD_IN_URL.matcher(jdbcUrl).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + redactedUrl() + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
