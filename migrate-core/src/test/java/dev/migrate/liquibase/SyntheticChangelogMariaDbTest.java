package dev.migrate.liquibase;

import dev.migrate.testing.DatabaseKind;

class SyntheticChangelogMariaDbTest extends SyntheticChangelogTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
