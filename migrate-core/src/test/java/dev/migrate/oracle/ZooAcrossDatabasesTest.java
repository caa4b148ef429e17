package dev.migrate.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.diff.Changes;
import dev.migrate.diff.Questioner;
import dev.migrate.engine.MakeResult;
import dev.migrate.engine.MigrationMaker;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.jpa.RenameHintsReader;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.xml.MigrationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One file set for every database: for every pair (make on X, apply on Y) of H2, PostgreSQL and
 * MariaDB, the files made from the zoo's model on X apply on Y; the comparison a start makes with
 * {@code migrate.model-changes=fail} finds nothing; Hibernate validates Y and Y equals the schema
 * Hibernate creates on Y ({@link ZooOracle}); and {@code make} on Y says "No changes detected".
 * The display name of each case starts with Y, the database it runs on.
 */
class ZooAcrossDatabasesTest {

    @TempDir
    static Path root;

    /** Everyday Java types: JSON, big strings, enums in element collections, LOBs, versions, ... */
    static final String COMMON = "dev.migrate.jpa.common";

    private static final Map<DatabaseKind, Path> MADE_ON = new EnumMap<>(DatabaseKind.class);
    private static final Map<DatabaseKind, Path> COMMON_MADE_ON = new EnumMap<>(DatabaseKind.class);

    @BeforeAll
    static void makeTheModelsOnEveryDatabase() {
        for (DatabaseKind kind : DatabaseKind.values()) {
            MADE_ON.put(kind, make(kind, ZooOracle.ZOO, "zoo-made-on-" + kind));
            COMMON_MADE_ON.put(kind, make(kind, COMMON, "common-made-on-" + kind));
        }
    }

    private static Path make(DatabaseKind kind, String model, String folder) {
        MakeResult made = new MigrationsFolder(root.resolve(folder)).make(OracleModels.of(kind, model));
        assertThat(made.id()).isEqualTo("0001_initial");
        assertThat(made.warnings()).isEmpty();
        return made.file();
    }

    @Test
    void theSameEntitiesMakeTheSameBytesOnEveryDatabase() throws IOException {
        for (Map<DatabaseKind, Path> files : List.of(MADE_ON, COMMON_MADE_ON)) {
            String postgres = Files.readString(files.get(DatabaseKind.POSTGRES));
            assertThat(Files.readString(files.get(DatabaseKind.MARIADB))).isEqualTo(postgres);
            assertThat(Files.readString(files.get(DatabaseKind.H2))).isEqualTo(postgres);
        }
        assertThat(Files.readString(MADE_ON.get(DatabaseKind.H2)))
                .contains("<column name=\"status\" type=\"enum('ACTIVE', 'RETIRED', 'QUARANTINED')\">")
                .doesNotContain("registration_status_check");
    }

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (DatabaseKind applyOn : DatabaseKind.values()) {
            for (DatabaseKind madeOn : DatabaseKind.values()) {
                pairs.add(Arguments.of(applyOn, "made-on-" + madeOn.name().toLowerCase(), madeOn));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} with files {1}")
    @MethodSource("pairs")
    void filesMadeOnOneDatabaseStartAndMatchHibernateOnAnother(DatabaseKind applyOn, String label, DatabaseKind madeOn,
            @TempDir Path directory) throws Exception {
        Files.copy(MADE_ON.get(madeOn), directory.resolve("0001_initial.xml"));
        MigrationsFolder migrations = new MigrationsFolder(directory);
        OfflineMetadata model = OracleModels.of(applyOn, ZooOracle.ZOO);
        try (TestDatabase database = TestDatabases.create(applyOn)) {
            migrations.migrate(database);

            Changes uncovered = new MigrationMaker(new MigrationWriter(), Questioner.nonInteractive())
                    .changes(migrations.load(), model.readSchema(), new RenameHintsReader().read(model.metadata()));
            assertThat(uncovered.operations()).as("what a start with model-changes=fail refuses").isEmpty();
            ZooOracle.assertEqualsHibernatesOwn(database, model);
        }
        MakeResult again = migrations.make(model);
        assertThat(again.report()).isEqualTo("No changes detected");
    }

    @ParameterizedTest(name = "{0} with everyday types {1}")
    @MethodSource("pairs")
    void everydayTypesMadeOnOneDatabaseStartAndMatchHibernateOnAnother(DatabaseKind applyOn, String label,
            DatabaseKind madeOn, @TempDir Path directory) throws Exception {
        Files.copy(COMMON_MADE_ON.get(madeOn), directory.resolve("0001_initial.xml"));
        MigrationsFolder migrations = new MigrationsFolder(directory);
        OfflineMetadata model = OracleModels.of(applyOn, COMMON);
        try (TestDatabase database = TestDatabases.create(applyOn)) {
            migrations.migrate(database);
            RealHibernate.validate(database, model);
            OracleComparison comparison = OracleComparison.of(database, model);
            assertThat(comparison.ourEnums()).isEqualTo(comparison.hibernatesEnums());
            assertThat(comparison.ours()).as("ours vs Hibernate's:%n%s", comparison.differences())
                    .isEqualTo(comparison.hibernates());
        }
        assertThat(migrations.make(model).report()).isEqualTo("No changes detected");
    }
}
