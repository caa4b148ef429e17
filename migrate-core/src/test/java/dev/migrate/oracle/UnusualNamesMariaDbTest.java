package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class UnusualNamesMariaDbTest extends UnusualNamesTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
