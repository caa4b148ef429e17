package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class EvolutionMariaDbTest extends EvolutionTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
