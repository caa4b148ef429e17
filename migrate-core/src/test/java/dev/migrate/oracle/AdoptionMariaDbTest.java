package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class AdoptionMariaDbTest extends AdoptionTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
