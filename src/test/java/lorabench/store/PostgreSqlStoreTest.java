// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/// Every repository test again, on the PostgreSQL named by `LORABENCH_TEST_PG_URL` (user `LORABENCH_TEST_PG_USER`,
/// default `lorabench`; password `LORABENCH_TEST_PG_PASSWORD`, default empty). The schema is dropped and migrated
/// again before each test.
@EnabledIfEnvironmentVariable(named = StoreTestBase.PG_URL_VARIABLE, matches = ".+")
class PostgreSqlStoreTest {
    @Nested
    class Accounts extends AccountRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class ApplicationsAndPushTargets extends ApplicationRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class Devices extends DeviceRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class Sessions extends DeviceSessionRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class JoinStates extends JoinStateRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class Profiles extends ProfileRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class Groups extends GroupRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class Gateways extends GatewayRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class Uplinks extends UplinkRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class Downlinks extends DownlinkRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class SessionLog extends SessionLogRepositoryTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class Batching extends BatchingWriterTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }

    @Nested
    class Transactions extends TransactionTest {
        @Override
        DatabaseConfig config() {
            return freshPostgreSql();
        }
    }
}
