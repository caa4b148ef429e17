package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.List;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spot checks, feature by feature, of the zoo's schema as read for each dialect. */
class ZooSchemaTest {

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void readsEveryPhysicalTableAndNothingElse(Class<? extends Dialect> dialect) {
        assertThat(Zoo.schema(dialect).tables()).extracting(Table::name).containsExactly(
                "animal", "day_ticket", "enclosure_tags", "enclosures", "feeding", "hibernate_sequences", "id_blocks",
                "keeper", "keeper_animal", "passport", "registration", "season_ticket", "shift", "specimen", "staff",
                "vet", "vet_patients", "visit", "visit_stops");
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void mapsEveryBasicTypeInHibernatesColumnOrder(Class<? extends Dialect> dialect) {
        Table specimen = table(dialect, "specimen");
        // Hibernate's order when it creates the table: by size (at least 4 bytes), then name
        assertThat(specimen.columns()).extracting(Column::toString).containsExactly(
                "alive boolean not null default true",
                "born_on date",
                "default_decimal decimal(38,2)",
                "diet tinyint",
                "feeding_time time(0)",
                "legs integer not null default 0",
                "population decimal(30,0)",
                "primitive_boolean boolean not null",
                "primitive_byte tinyint not null",
                "primitive_char char(1) not null",
                "primitive_double double not null",
                "primitive_float float not null",
                "primitive_int integer not null",
                "primitive_short smallint not null",
                "ration decimal(38,2) default 1.5",
                "weight decimal(12,2)",
                "wrapper_boolean boolean",
                "wrapper_byte tinyint",
                "wrapper_char char(1)",
                "wrapper_double double",
                "wrapper_float float",
                "wrapper_int integer",
                "wrapper_short smallint",
                "arrived_at timestamp(6)",
                "checked_at timestamp(3)",
                "id bigint not null auto-increment",
                "last_seen timestamp(6) with time zone",
                "next_visit timestamp(6) with time zone",
                "primitive_long bigint not null",
                "registered_at timestamp(6) default current_timestamp",
                "wrapper_long bigint",
                "fingerprint varbinary(16)",
                "tag uuid",
                "label varchar(80) not null",
                "notes varchar(255)",
                "origin varchar(255) default 'unknown'",
                "biography clob",
                "photo blob");
        assertThat(specimen.primaryKey()).containsExactly("id");
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void readsDefaultsByKind(Class<? extends Dialect> dialect) {
        Table specimen = table(dialect, "specimen");
        assertThat(specimen.requireColumn("origin").defaultValue()).isEqualTo(DefaultValue.string("unknown"));
        assertThat(specimen.requireColumn("legs").defaultValue()).isEqualTo(DefaultValue.numeric("0"));
        assertThat(specimen.requireColumn("ration").defaultValue()).isEqualTo(DefaultValue.numeric("1.5"));
        assertThat(specimen.requireColumn("alive").defaultValue()).isEqualTo(DefaultValue.bool(true));
        assertThat(specimen.requireColumn("registered_at").defaultValue())
                .isEqualTo(DefaultValue.computed("current_timestamp"));
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void onlyTheIdentityKeyIsAutoIncrement(Class<? extends Dialect> dialect) {
        for (Table table : Zoo.schema(dialect).tables()) {
            for (Column column : table.columns()) {
                assertThat(column.autoIncrement()).as(table.name() + "." + column.name())
                        .isEqualTo(table.name().equals("specimen") && column.name().equals("id"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void stringEnumIsAnEnumOfItsValuesWithoutACheckOnEveryDialect(Class<? extends Dialect> dialect) {
        Table registration = table(dialect, "registration");
        assertThat(registration.columns()).containsExactly(
                Column.of("id", ColumnType.of(DataType.UUID), false),
                Column.of("status", ColumnType.enumOf(List.of("ACTIVE", "RETIRED", "QUARANTINED"), null), false));
        assertThat(registration.requireColumn("status").type()).hasToString("enum('ACTIVE', 'RETIRED', 'QUARANTINED')");
        assertThat(registration.checkConstraints()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void mappedSuperclassEmbeddedAndOverriddenColumns(Class<? extends Dialect> dialect) {
        Table enclosures = table(dialect, "enclosures");
        assertThat(enclosures.columns()).extracting(Column::toString).containsExactly(
                "capacity integer",
                "number integer not null",
                "opened_on date",
                "zone varchar(2) not null",
                "created_at timestamp(6) not null",
                "id bigint not null",
                "version bigint not null",
                "billing_post_code varchar(10)",
                "post_code varchar(10)",
                "name varchar(40) not null",
                "billing_city varchar(60)",
                "city varchar(60) not null",
                "street varchar(100)",
                "billing_street varchar(120)");
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void uniqueConstraintsKeepExplicitNamesAndHibernatesGeneratedOnes(Class<? extends Dialect> dialect) {
        assertThat(table(dialect, "enclosures").uniqueConstraints()).containsExactly(
                new UniqueConstraint("idx_enclosure_city", List.of("city")),
                new UniqueConstraint("uk_enclosure_zone_number", List.of("zone", "number")),
                new UniqueConstraint("ukjf8njuu1383ikunqga0ymgx04", List.of("name")));
        assertThat(table(dialect, "specimen").uniqueConstraints()).containsExactly(
                new UniqueConstraint("uk1ycjq2idxv1fcgrpbl5crc8hd", List.of("label")));
        assertThat(table(dialect, "animal").uniqueConstraints()).as("one-to-one join column").containsExactly(
                new UniqueConstraint("uke7uj7co9x1ydooh6n3iaqnc2r", List.of("passport_id")));
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void indexesKeepColumnOrderAndDirection(Class<? extends Dialect> dialect) {
        assertThat(table(dialect, "enclosures").indexes()).containsExactly(
                new Index("idx_enclosure_capacity_zone", false,
                        List.of(new IndexColumn("capacity", true), IndexColumn.asc("zone"))),
                new Index("idxjun3tjt70uwusyeswjpqeif38", false, List.of(IndexColumn.asc("opened_on"))));
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void singleTableInheritanceHasDiscriminatorAndNullableSubclassColumns(Class<? extends Dialect> dialect) {
        Table animal = table(dialect, "animal");
        assertThat(animal.columns()).extracting(Column::toString).containsExactly(
                "can_dive boolean",
                "mane_length integer",
                "home_id bigint not null",
                "id bigint not null",
                "mother_id bigint",
                "passport_id bigint",
                "previous_home_id bigint",
                "kind varchar(20) not null",
                "name varchar(255)");
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void foreignKeysOfManyToOneAndOneToOne(Class<? extends Dialect> dialect) {
        assertThat(table(dialect, "animal").foreignKeys()).as("mother_id has NO_CONSTRAINT").containsExactly(
                new ForeignKey("fk_animal_home", List.of("home_id"), "enclosures", List.of("id"), null),
                new ForeignKey("fkb0tgf6pryvlq60td16svrywx1", List.of("passport_id"), "passport", List.of("id"), null),
                new ForeignKey("fkehoe5oc874g3qf6133nh3ckdq", List.of("previous_home_id"), "enclosures",
                        List.of("id"), ReferentialAction.SET_NULL));
        assertThat(table(dialect, "visit").foreignKeys()).as("none to the TABLE_PER_CLASS root, which has no table")
                .containsExactly(new ForeignKey("fkev6pg6oexq7t3n3l8imnaeqkw", List.of("registration_id"),
                        "registration", List.of("id"), null));
        assertThat(table(dialect, "visit").requireColumn("registration_id").type())
                .isEqualTo(ColumnType.of(DataType.UUID));
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void joinedInheritanceReferencesTheParentTable(Class<? extends Dialect> dialect) {
        assertThat(table(dialect, "keeper")).isEqualTo(new Table("keeper",
                List.of(Column.of("years_of_service", ColumnType.of(DataType.INTEGER), false),
                        Column.of("id", ColumnType.of(DataType.BIGINT), false)),
                List.of("id"), List.of(), List.of(),
                List.of(new ForeignKey("fk6tjon2bnasw1yvtb1k025rgxc", List.of("id"), "staff", List.of("id"), null))));
        assertThat(table(dialect, "vet").primaryKey()).containsExactly("staff_id");
        assertThat(table(dialect, "vet").foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("staff");
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void tablePerClassGivesEachConcreteClassAllColumns(Class<? extends Dialect> dialect) {
        assertThat(table(dialect, "season_ticket").columns()).extracting(Column::toString).containsExactly(
                "price decimal(8,2) not null", "valid_from date", "valid_until date", "id bigint not null");
        assertThat(Zoo.schema(dialect).table("ticket")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void manyToManyJoinTablesUnderSnakeCaseNaming(Class<? extends Dialect> dialect) {
        Table keeperAnimal = table(dialect, "keeper_animal");
        assertThat(keeperAnimal.primaryKey()).containsExactly("animals_id", "keeper_id");
        assertThat(keeperAnimal.foreignKeys()).extracting(f -> f.columns() + "->" + f.referencedTable())
                .containsExactly("[animals_id]->animal", "[keeper_id]->keeper");
        Table vetPatients = table(dialect, "vet_patients");
        assertThat(vetPatients.primaryKey()).containsExactly("patient_id", "vet_id");
        assertThat(vetPatients.foreignKeys()).extracting(f -> f.columns() + "->" + f.referencedTable()
                + f.referencedColumns()).containsExactly("[patient_id]->animal[id]", "[vet_id]->vet[staff_id]");
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void elementCollections(Class<? extends Dialect> dialect) {
        Table tags = table(dialect, "enclosure_tags");
        assertThat(tags.columns()).extracting(Column::toString)
                .containsExactly("enclosure_id bigint not null", "tag varchar(30)");
        assertThat(tags.primaryKey()).as("a set of nullable values has no primary key").isEmpty();
        assertThat(tags.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("enclosures");
        Table stops = table(dialect, "visit_stops");
        assertThat(stops.primaryKey()).containsExactly("stops_order", "visit_id");
        assertThat(stops.columns()).extracting(Column::name)
                .containsExactly("stops_order", "visit_id", "post_code", "city", "street");
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void compositeKeys(Class<? extends Dialect> dialect) {
        Table feeding = table(dialect, "feeding");
        // Hibernate orders a composite key's columns as it orders a table's, by size and then name
        assertThat(feeding.primaryKey()).as("embedded id").containsExactly("day", "animal_id");
        assertThat(feeding.foreignKeys()).extracting(f -> f.columns() + "->" + f.referencedTable())
                .containsExactly("[animal_id]->animal");
        assertThat(table(dialect, "shift").primaryKey()).as("id class").containsExactly("weekday", "keeper_code");
    }

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void sequencesAndGeneratorTables(Class<? extends Dialect> dialect) {
        Schema schema = Zoo.schema(dialect);
        assertThat(schema.sequences()).containsExactly(
                new Sequence("animal_seq", 1, 10),
                new Sequence("enclosures_seq", 1, 50),
                new Sequence("passport_numbers", 1000, 20),
                new Sequence("visit_seq", 1, 50));
        assertThat(schema.requireTable("hibernate_sequences").columns()).extracting(Column::toString)
                .containsExactly("next_val bigint", "sequence_name varchar(255) not null");
        assertThat(schema.requireTable("id_blocks").primaryKey()).containsExactly("block_name");
    }

    /** Whatever the database, the same entities are the same logical model, and so the same files. */
    @Test
    void theZooIsTheSameSchemaOnEveryDialect() {
        Schema postgres = Zoo.schema(PostgreSQLDialect.class);
        assertThat(postgres.differencesFrom(Zoo.schema(MariaDBDialect.class))).isEmpty();
        assertThat(postgres.differencesFrom(Zoo.schema(H2Dialect.class))).isEmpty();
        try (OfflineMetadata mariaDb114 = Zoo.metadata(MariaDBDialect.class).databaseVersion(11, 4).build()) {
            assertThat(postgres.differencesFrom(mariaDb114.readSchema())).as("MariaDB 11.4 has a uuid type").isEmpty();
        }
    }

    private static Table table(Class<? extends Dialect> dialect, String name) {
        return Zoo.schema(dialect).requireTable(name);
    }
}
