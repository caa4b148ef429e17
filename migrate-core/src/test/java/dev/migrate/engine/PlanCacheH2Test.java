package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class PlanCacheH2Test extends PlanCacheDatabaseTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
