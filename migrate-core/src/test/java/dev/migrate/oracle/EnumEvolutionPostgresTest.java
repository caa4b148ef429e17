package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class EnumEvolutionPostgresTest extends EnumEvolutionTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
