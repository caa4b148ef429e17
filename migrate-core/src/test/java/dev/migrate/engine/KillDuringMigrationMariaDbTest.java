package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;

class KillDuringMigrationMariaDbTest extends KillDuringMigrationTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    String fill() {
        return "insert into slow_t (id, v, w) select seq, md5(seq), md5(seq + 1) from seq_1_to_300000";
    }
}
