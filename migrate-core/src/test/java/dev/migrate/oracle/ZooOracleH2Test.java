package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;
import java.util.List;

class ZooOracleH2Test extends ZooOracleTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Override
    List<String> checksNamedByTheDatabase() {
        return List.of(); // our H2 migrations create no checks (H2Dialect)
    }

    @Override
    List<NativeEnums.EnumColumn> hibernatesNativeEnums() {
        return List.of(new NativeEnums.EnumColumn("registration", "status", "ENUM ACTIVE,QUARANTINED,RETIRED", false));
    }
}
