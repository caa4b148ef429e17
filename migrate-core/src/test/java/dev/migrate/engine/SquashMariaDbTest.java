package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class SquashMariaDbTest extends SquashDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
