package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MergeMariaDbTest extends MergeDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
