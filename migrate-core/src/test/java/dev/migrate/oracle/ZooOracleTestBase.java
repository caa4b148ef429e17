package dev.migrate.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MakeResult;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.jpa.zoo.DayTicket;
import dev.migrate.jpa.zoo.Passport;
import dev.migrate.jpa.zoo.Specimen;
import dev.migrate.jpa.zoo.Staff;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate is the oracle, on the zoo (every mapping feature): the migrations made from an empty
 * folder apply to an empty database, a real SessionFactory validates that database, and it reads
 * back equal to a second database that Hibernate created itself, but for the known differences,
 * each required to be exactly what is expected:
 * <ul>
 * <li>unique constraints Hibernate leaves unnamed on PostgreSQL and H2 are compared by their
 * columns ({@link DatabaseNamedUniques});</li>
 * <li>check constraints are not in our model: Hibernate's are listed, ours are none
 * ({@link CheckConstraints});</li>
 * <li>STRING enums are native enum columns in Hibernate's MariaDB and H2 schemas, varchar in ours
 * ({@link NativeEnums}).</li>
 * </ul>
 */
abstract class ZooOracleTestBase {

    static final String ZOO = "dev.migrate.jpa.zoo";

    @TempDir
    Path directory;

    abstract DatabaseKind kind();

    /** The table of each check constraint Hibernate creates on this database, in order. */
    abstract List<String> hibernatesCheckConstraintTables();

    /** The STRING enum columns Hibernate makes native enum columns, with the type the database shows. */
    abstract List<NativeEnums.EnumColumn> hibernatesNativeEnums();

    @Test
    void migrationsMadeFromTheZooPassValidationAndEqualTheSchemaHibernateCreates() throws Exception {
        OfflineMetadata model = OracleModels.of(kind(), ZOO);
        MigrationsFolder migrations = new MigrationsFolder(directory);

        MakeResult made = migrations.make(model);

        assertThat(made.id()).isEqualTo("0001_initial");
        assertThat(migrations.files()).containsExactly(made.file());
        assertOracle(model, migrations);
    }

    /**
     * With Hibernate's legacy column order (the mapping's), an embedded id's key is not in column
     * order: feeding has columns (day, portions, animal_id) and the key (animal_id, day).
     */
    @Test
    void theSameWithHibernatesLegacyColumnOrder() throws Exception {
        OfflineMetadata model = OracleModels.of(kind(), ZOO, "legacy");
        MigrationsFolder migrations = new MigrationsFolder(directory);

        MakeResult made = migrations.make(model);

        assertThat(Files.readString(made.file()))
                .contains("<createTable tableName=\"feeding\" primaryKeyColumnNames=\"animal_id, day\">");
        assertOracle(model, migrations);
    }

    private void assertOracle(OfflineMetadata model, MigrationsFolder migrations) throws Exception {
        try (TestDatabase ours = TestDatabases.create(kind()); TestDatabase hibernates = TestDatabases.create(kind())) {
            migrations.migrate(ours);
            RealHibernate.validate(ours, model, ZooOracleTestBase::persistWithEveryKindOfGenerator);
            RealHibernate.create(hibernates, model);

            assertThat(CheckConstraints.of(ours)).as("our check constraints").isEmpty();
            List<String> checks = CheckConstraints.of(hibernates);
            assertThat(checks).as("Hibernate's check constraints, which migrations do not make: %s", checks)
                    .extracting(c -> c.substring(0, c.indexOf(':')))
                    .containsExactlyElementsOf(hibernatesCheckConstraintTables());

            assertThat(NativeEnums.of(ours)).as("our native enums").isEmpty();
            List<NativeEnums.EnumColumn> enums = NativeEnums.of(hibernates);
            assertThat(enums).containsExactlyElementsOf(hibernatesNativeEnums());
            NativeEnums.replaceWithModelTypes(hibernates, enums, model.readSchema());

            Schema live = MigrationsFolder.liveSchema(ours);
            List<DatabaseNamedUniques.Adopted> adopted = new ArrayList<>();
            // the listed gap: Hibernate's checks, which our migrations do not make yet
            Schema created = DatabaseNamedUniques.adoptOurNames(MigrationsFolder.liveSchema(hibernates)
                    .withEveryTable(t -> t.withCheckConstraints(List.of())), live, kind(), adopted);
            assertThat(adopted).as("unique constraints compared by columns").extracting(a -> a.table() + a.columns())
                    .containsExactlyElementsOf(kind() == DatabaseKind.MARIADB ? List.of()
                            : List.of("animal[passport_id]", "enclosures[name]", "specimen[label]"));
            assertThat(live).as("ours vs Hibernate's:%n%s", String.join("\n", live.differencesFrom(created)))
                    .isEqualTo(created);
        }
        MakeResult again = migrations.make(model);
        assertThat(again.noChanges()).as(again.report()).isTrue();
    }

    /**
     * Hibernate's own create also inserts the first row of each generator table (hibernate_sequences,
     * id_blocks); migrations make only the tables, and Hibernate's table generator inserts the row
     * it misses on first use. Identity and sequence keys work as well.
     */
    private static void persistWithEveryKindOfGenerator(SessionFactory factory) {
        factory.inTransaction(session -> {
            session.persist(Entities.create(Staff.class, "fullName", "Ann"));
            session.persist(Entities.create(DayTicket.class, "price", new BigDecimal("12.50")));
            session.persist(Entities.create(Specimen.class, "label", "Leo", "primitiveChar", 'x'));
            session.persist(Entities.create(Passport.class, "issuer", "Zoo"));
        });
        factory.inTransaction(session -> assertThat(session.createNativeQuery(
                "select (select count(*) from staff) + (select count(*) from day_ticket)"
                        + " + (select count(*) from specimen) + (select count(*) from passport)", Long.class)
                .getSingleResult()).isEqualTo(4L));
    }
}
