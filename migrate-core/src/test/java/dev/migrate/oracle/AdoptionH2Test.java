package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;

class AdoptionH2Test extends AdoptionTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
