package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class SquashPostgresTest extends SquashDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
