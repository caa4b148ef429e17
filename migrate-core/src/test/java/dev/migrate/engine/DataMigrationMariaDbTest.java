package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class DataMigrationMariaDbTest extends DataMigrationDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
