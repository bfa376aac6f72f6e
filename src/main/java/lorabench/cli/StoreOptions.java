// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.nio.file.Path;
import java.util.Optional;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.StoreException;
import picocli.CommandLine.Option;

/// `--data DIR` and `--db URL`: where a command finds the store (DESIGN.md). Without `--db` the store is the H2
/// file database `<data>/lorabench.mv.db`; a `jdbc:h2:` URL gets the options the migrations need; any other URL
/// (PostgreSQL) is used as given, with the user and password of `LORABENCH_DB_USER` / `LORABENCH_DB_PASSWORD` or
/// of the URL itself.
public final class StoreOptions {
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ~/.lorabench).")
    Path data;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the store (default: H2 under --data).")
    String db;

    /// {@return the data directory}
    public Path dataDir() {
        return data != null ? data : Path.of(System.getProperty("user.home"), ".lorabench");
    }

    /// {@return the store configuration these options name}
    public DatabaseConfig config() {
        if (db == null) {
            return DatabaseConfig.h2File(dataDir());
        }
        if (!db.startsWith("jdbc:")) {
            throw new UsageException("--db must be a JDBC URL (jdbc:h2:... or jdbc:postgresql:...), got '" + db + "'");
        }
        if (db.startsWith("jdbc:h2:")) {
            return new DatabaseConfig(db.contains(";MODE=") ? db : db + H2_OPTIONS, "sa", "", 4);
        }
        return DatabaseConfig.jdbc(db, Optional.ofNullable(System.getenv("LORABENCH_DB_USER")).orElse(""),
                Optional.ofNullable(System.getenv("LORABENCH_DB_PASSWORD")).orElse(""));
    }

    /// {@return the open store}
    /// @throws UsageException when it cannot be opened
    public Database open() {
        try {
            return Database.open(config());
        } catch (StoreException e) {
            throw new UsageException(e.getMessage().lines().findFirst().orElse("cannot open the store"), e);
        }
    }
}
