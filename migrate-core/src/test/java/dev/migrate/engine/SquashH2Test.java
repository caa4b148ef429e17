package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class SquashH2Test extends SquashDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
