package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MigratorMariaDbTest extends MigratorDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
