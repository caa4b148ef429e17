package dev.migrate.liquibase;

import dev.migrate.testing.DatabaseKind;

class JhipsterChangelogMariaDbTest extends JhipsterChangelogTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
