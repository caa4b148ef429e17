package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MigratorPostgresTest extends MigratorDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
