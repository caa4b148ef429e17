package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class ZooOraclePostgresTest extends ZooOracleTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
