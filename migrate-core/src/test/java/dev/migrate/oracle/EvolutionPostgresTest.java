package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class EvolutionPostgresTest extends EvolutionTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
