package dev.migrate.oracle;

import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A database our migrations made, next to one Hibernate creates itself for the same model on the
 * same kind of database, both read back; Hibernate's is adjusted by the known differences, which the
 * record lists so that a test can require them to be exactly what it expects:
 * <ul>
 * <li>on H2 our migrations create no check constraints (an H2 2.4.240 bug, see {@code H2Dialect}),
 * so Hibernate's are left out ({@code h2ChecksLeftOut}, as the tables they were on);</li>
 * <li>unique constraints Hibernate leaves unnamed on PostgreSQL and H2 are compared by their columns
 * ({@link DatabaseNamedUniques});</li>
 * <li>check constraints Hibernate leaves unnamed on MariaDB are compared by table and condition
 * ({@link DatabaseNamedChecks}).</li>
 * </ul>
 */
record OracleComparison(Schema ours, Schema hibernates, List<NativeEnums.EnumColumn> ourEnums,
        List<NativeEnums.EnumColumn> hibernatesEnums, List<String> h2ChecksLeftOut,
        List<DatabaseNamedUniques.Adopted> uniquesComparedByColumns,
        List<DatabaseNamedChecks.Adopted> checksComparedByCondition) {

    static OracleComparison of(TestDatabase ours, OfflineMetadata model) throws SQLException {
        DatabaseKind kind = ours.kind();
        try (TestDatabase hibernates = TestDatabases.create(kind)) {
            RealHibernate.create(hibernates, model);
            Schema live = MigrationsFolder.liveSchema(ours);
            Schema created = MigrationsFolder.liveSchema(hibernates);
            List<String> h2ChecksLeftOut = new ArrayList<>();
            if (kind == DatabaseKind.H2) {
                created.tables().forEach(t -> t.checkConstraints().forEach(c -> h2ChecksLeftOut.add(t.name())));
                created = created.withEveryTable(t -> t.withCheckConstraints(List.of()));
            }
            List<DatabaseNamedUniques.Adopted> uniques = new ArrayList<>();
            created = DatabaseNamedUniques.adoptOurNames(created, live, kind, uniques);
            List<DatabaseNamedChecks.Adopted> checks = new ArrayList<>();
            created = DatabaseNamedChecks.adoptOurNames(created, live, kind, checks);
            return new OracleComparison(live, created, NativeEnums.of(ours), NativeEnums.of(hibernates),
                    h2ChecksLeftOut, uniques, checks);
        }
    }

    /** What differs, one line each, for an assertion message. */
    String differences() {
        return String.join("\n", ours.differencesFrom(hibernates));
    }
}
