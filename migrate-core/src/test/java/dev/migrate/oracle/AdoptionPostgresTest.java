package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class AdoptionPostgresTest extends AdoptionTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
