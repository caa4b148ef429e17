package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class UnusualNamesPostgresTest extends UnusualNamesTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
