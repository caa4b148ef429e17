package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class EvolutionH2Test extends EvolutionTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
