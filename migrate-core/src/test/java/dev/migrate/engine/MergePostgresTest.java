package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MergePostgresTest extends MergeDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
