package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class KillDuringMigrationPostgresTest extends KillDuringMigrationTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Override
    String fill() {
        return "insert into slow_t (id, v, w) select n, md5(n::text), md5((n + 1)::text) from generate_series(1, 300000) n";
    }
}
