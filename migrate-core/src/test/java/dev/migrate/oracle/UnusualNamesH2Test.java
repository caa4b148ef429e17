package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class UnusualNamesH2Test extends UnusualNamesTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
