package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class PlanCacheMariaDbTest extends PlanCacheDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
