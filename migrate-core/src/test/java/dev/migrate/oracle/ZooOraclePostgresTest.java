package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;
import java.util.List;

class ZooOraclePostgresTest extends ZooOracleTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Override
    List<String> checksNamedByTheDatabase() {
        return List.of();
    }

    @Override
    List<NativeEnums.EnumColumn> hibernatesNativeEnums() {
        return List.of();
    }
}
