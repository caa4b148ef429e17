package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;
import java.util.List;

class ZooOracleMariaDbTest extends ZooOracleTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    List<String> checksNamedByTheDatabase() {
        return List.of("animal -> animal_check", "animal -> animal_kind_check", "specimen -> specimen_diet_check");
    }

    @Override
    List<NativeEnums.EnumColumn> hibernatesNativeEnums() {
        return List.of(new NativeEnums.EnumColumn("registration", "status", "enum('ACTIVE','QUARANTINED','RETIRED')", false));
    }
}
