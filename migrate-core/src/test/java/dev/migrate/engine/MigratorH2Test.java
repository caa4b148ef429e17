package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MigratorH2Test extends MigratorDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
