package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class DataMigrationPostgresTest extends DataMigrationDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
