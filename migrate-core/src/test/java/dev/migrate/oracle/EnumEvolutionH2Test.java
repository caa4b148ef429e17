package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class EnumEvolutionH2Test extends EnumEvolutionTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
