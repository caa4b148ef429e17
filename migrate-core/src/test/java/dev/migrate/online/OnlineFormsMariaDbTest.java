package dev.migrate.online;

import dev.migrate.testing.DatabaseKind;
import org.junit.jupiter.api.Test;

class OnlineFormsMariaDbTest extends OnlineFormsTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    String holdLock() {
        return "select * from book";
    }

    @Test
    void lockTimeout() throws Exception {
        aLockTimeoutMakesAMigrationWaitingForALockFailFast();
    }
}
