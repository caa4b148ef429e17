package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class PlanCachePostgresTest extends PlanCacheDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
