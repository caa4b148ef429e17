package dev.migrate.liquibase;

import dev.migrate.testing.DatabaseKind;

class JhipsterChangelogPostgresTest extends JhipsterChangelogTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
