package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MigratorH2Test extends MigratorDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
