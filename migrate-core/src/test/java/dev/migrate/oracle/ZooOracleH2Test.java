package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class ZooOracleH2Test extends ZooOracleTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
