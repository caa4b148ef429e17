package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class UnusualNamesPostgresTest extends UnusualNamesTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
