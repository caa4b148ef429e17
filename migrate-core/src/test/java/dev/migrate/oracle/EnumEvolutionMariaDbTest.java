package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class EnumEvolutionMariaDbTest extends EnumEvolutionTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
