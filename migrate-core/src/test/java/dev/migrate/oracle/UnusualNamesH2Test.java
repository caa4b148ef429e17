package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class UnusualNamesH2Test extends UnusualNamesTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
