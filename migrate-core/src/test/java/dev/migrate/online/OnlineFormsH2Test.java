package dev.migrate.online;

import dev.migrate.testing.DatabaseKind;

/** H2 ignores online="true" (the usual statements); it has no lock timeout that migrate sets. */
class OnlineFormsH2Test extends OnlineFormsTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Override
    String holdLock() {
        return "select * from book";
    }
}
