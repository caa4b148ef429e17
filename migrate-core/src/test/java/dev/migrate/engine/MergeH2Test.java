package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MergeH2Test extends MergeDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
