package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class DataMigrationPostgresTest extends DataMigrationDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
