package dev.migrate.liquibase;

import dev.migrate.testing.DatabaseKind;

class SyntheticChangelogPostgresTest extends SyntheticChangelogTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
