package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;
import java.util.List;

class ZooOraclePostgresTest extends ZooOracleTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Override
    List<String> hibernatesCheckConstraintTables() {
        return List.of("animal", "animal", "registration", "specimen");
    }

    @Override
    List<NativeEnums.EnumColumn> hibernatesNativeEnums() {
        return List.of();
    }
}
