package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MergePostgresTest extends MergeDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
