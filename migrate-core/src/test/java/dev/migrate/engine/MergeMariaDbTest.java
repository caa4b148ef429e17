package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class MergeMariaDbTest extends MergeDatabaseTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
