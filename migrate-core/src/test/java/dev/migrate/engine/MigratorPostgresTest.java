package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MigratorPostgresTest extends MigratorDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
