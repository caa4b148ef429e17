package dev.migrate.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.jpa.zoo.DayTicket;
import dev.migrate.jpa.zoo.Passport;
import dev.migrate.jpa.zoo.Specimen;
import dev.migrate.jpa.zoo.Staff;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.SessionFactory;

/**
 * The oracle's verdict on a database our migrations made from the zoo: a real SessionFactory
 * validates it and persists with every kind of id generator, and it reads back equal to a second
 * database that Hibernate created itself ({@link OracleComparison}), but for the known differences,
 * each required to be exactly what is expected for the zoo. STRING enums are native enum columns on MariaDB and H2 in both databases (required to be
 * exactly the expected ones, {@link NativeEnums}), and varchar with a check on PostgreSQL.
 */
final class ZooOracle {

    static final String ZOO = "dev.migrate.jpa.zoo";

    private ZooOracle() {
    }

    /** The checks of Hibernate's schema that take our name, as "table -> our name" (only on MariaDB). */
    static List<String> checksNamedByTheDatabase(DatabaseKind kind) {
        return kind == DatabaseKind.MARIADB
                ? List.of("animal -> animal_check", "animal -> animal_kind_check", "specimen -> specimen_diet_check")
                : List.of();
    }

    /** The STRING enum columns that are native enum columns, with the type the database shows. */
    static List<NativeEnums.EnumColumn> nativeEnums(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRES -> List.of();
            case MARIADB -> List.of(new NativeEnums.EnumColumn("registration", "status",
                    "enum('ACTIVE','QUARANTINED','RETIRED')", false));
            case H2 -> List.of(new NativeEnums.EnumColumn("registration", "status", "ENUM ACTIVE,QUARANTINED,RETIRED",
                    false));
        };
    }

    /** Validates {@code ours} with Hibernate and compares it with a database Hibernate creates for the model. */
    static void assertEqualsHibernatesOwn(TestDatabase ours, OfflineMetadata model) throws SQLException {
        DatabaseKind kind = ours.kind();
        RealHibernate.validate(ours, model, ZooOracle::persistWithEveryKindOfGenerator);
        OracleComparison comparison = OracleComparison.of(ours, model);
        assertThat(comparison.hibernatesEnums()).as("Hibernate's native enums").isEqualTo(nativeEnums(kind));
        assertThat(comparison.ourEnums()).as("our native enums").isEqualTo(nativeEnums(kind));
        assertThat(comparison.h2ChecksLeftOut()).as("Hibernate's H2 checks, which our migrations do not create")
                .isEqualTo(kind == DatabaseKind.H2 ? List.of("animal", "animal", "specimen") : List.of());
        assertThat(comparison.checksComparedByCondition()).as("checks compared by condition")
                .extracting(a -> a.table() + " -> " + a.ourName())
                .containsExactlyInAnyOrderElementsOf(checksNamedByTheDatabase(kind));
        assertThat(comparison.ours().requireTable("animal").checkConstraints()).as("our checks on animal")
                .hasSize(kind == DatabaseKind.H2 ? 0 : 2);
        assertThat(comparison.uniquesComparedByColumns()).as("unique constraints compared by columns")
                .extracting(a -> a.table() + a.columns())
                .containsExactlyElementsOf(kind == DatabaseKind.MARIADB ? List.of()
                        : List.of("animal[passport_id]", "enclosures[name]", "specimen[label]"));
        assertThat(comparison.ours()).as("ours vs Hibernate's:%n%s", comparison.differences())
                .isEqualTo(comparison.hibernates());
    }

    /**
     * Hibernate's own create also inserts the first row of each generator table (hibernate_sequences,
     * id_blocks); migrations make only the tables, and Hibernate's table generator inserts the row
     * it misses on first use. Identity and sequence keys work as well.
     */
    static void persistWithEveryKindOfGenerator(SessionFactory factory) {
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
