package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class DataMigrationH2Test extends DataMigrationDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
