package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class UnusualNamesMariaDbTest extends UnusualNamesTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
