package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class DataMigrationMariaDbTest extends DataMigrationDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
