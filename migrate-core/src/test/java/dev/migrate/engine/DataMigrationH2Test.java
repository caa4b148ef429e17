package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class DataMigrationH2Test extends DataMigrationDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
