package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class ZooOracleMariaDbTest extends ZooOracleTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
