package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.diff.Autodetector;
import dev.migrate.diff.Changes;
import dev.migrate.diff.Questioner;
import dev.migrate.diff.RenameHints;
import dev.migrate.jpa.definitions.Spellings;
import dev.migrate.jpa.odd.JsonDocument;
import dev.migrate.jpa.odd.Timer;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Schema;
import java.util.List;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mappings Hibernate accepts are read, never refused: a column definition in a standard spelling is
 * the logical type it means, on every dialect alike; anything else is a native type, carried as
 * written, and {@code make} warns that the file is then not portable.
 */
class ColumnDefinitionsTest {

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void standardSpellingsAreTheLogicalTypesTheyMean(Class<? extends Dialect> dialect) {
        assertThat(read(dialect, Spellings.class).requireTable("spellings").columns()).extracting(Column::toString)
                .containsExactlyInAnyOrder(
                        "id bigint not null",
                        "an_int integer",
                        "an_integer integer",
                        "a_smallint smallint",
                        "a_varchar varchar(20)",
                        "a_char char(3)",
                        "a_text text",
                        "a_double double",
                        "a_numeric decimal(10,2)",
                        "a_timestamp timestamp",
                        "a_boolean boolean",
                        "a_uuid uuid",
                        "a_jsonb json",
                        "an_inet native:inet",
                        "a_day varchar(32)");
        assertThat(read(dialect, Spellings.class).requireTable("spellings").checkConstraints()).isEmpty();
    }

    /**
     * But for the order of the columns: Hibernate orders a column with a definition by its Java type's
     * size on the database, which the definition no longer tells, so such a table keeps the order
     * Hibernate gave it where make ran.
     */
    @Test
    void theSameEntitiesGiveTheSameModelOnEveryDialect() {
        Schema postgres = columnsByName(read(PostgreSQLDialect.class, Spellings.class));
        assertThat(columnsByName(read(MariaDBDialect.class, Spellings.class))).isEqualTo(postgres);
        assertThat(columnsByName(read(H2Dialect.class, Spellings.class))).isEqualTo(postgres);
    }

    private static Schema columnsByName(Schema schema) {
        return schema.withEveryTable(t -> t.withColumns(
                t.columns().stream().sorted(java.util.Comparator.comparing(Column::name)).toList()));
    }

    @Test
    void jsonIsPortableAndTypesWithoutAPortableMeaningAreNativeAsHibernateDeclaresThem() {
        assertThat(type(PostgreSQLDialect.class, JsonDocument.class, "json_document", "payload"))
                .isEqualTo(ColumnType.of(DataType.JSON));
        assertThat(type(MariaDBDialect.class, JsonDocument.class, "json_document", "payload"))
                .isEqualTo(ColumnType.of(DataType.JSON));
        assertThat(type(H2Dialect.class, JsonDocument.class, "json_document", "payload"))
                .isEqualTo(ColumnType.of(DataType.JSON));
        assertThat(type(PostgreSQLDialect.class, Timer.class, "timer", "timeout"))
                .isEqualTo(ColumnType.nativeType("interval second(6)"));
    }

    @Test
    void makeWarnsThatANativeTypeIsNotPortable() {
        Changes changes = new Autodetector(Questioner.nonInteractive())
                .diff(Schema.empty(), read(PostgreSQLDialect.class, Spellings.class), RenameHints.none());
        assertThat(changes.warnings()).containsExactly("spellings.an_inet has type native:inet, which has no portable"
                + " meaning: it is sent to every database as written, so this migration is not portable to other"
                + " databases. Map the column to a portable type (or a standard columnDefinition such as text or"
                + " varchar(n)) to make it portable");
    }

    @Test
    void typesThatMeanTheSameCompareEqualAndKeepTheirSpelling() {
        assertThat(ColumnType.parse("timestamp")).isEqualTo(ColumnType.parse("timestamp(6)")).hasToString("timestamp");
        assertThat(ColumnType.parse("time")).isEqualTo(ColumnType.parse("time(0)")).isNotEqualTo(ColumnType.parse("time(3)"));
        assertThat(ColumnType.parse("timestamp with time zone")).isEqualTo(ColumnType.parse("timestamptz(6)"));
        assertThat(ColumnType.parse("enum('B', 'A')")).isEqualTo(ColumnType.parse("enum(255, 'A', 'B')"))
                .isNotEqualTo(ColumnType.parse("enum(20, 'A', 'B')")).isNotEqualTo(ColumnType.parse("enum('A')"));
        assertThat(ColumnType.parse("native:JSONB")).isEqualTo(ColumnType.parse("native: jsonb"));
        assertThat(ColumnType.parse("INT(11)")).isEqualTo(ColumnType.of(DataType.INTEGER));
        assertThat(ColumnType.parse("character varying(20)")).isEqualTo(ColumnType.of(DataType.VARCHAR, 20));
        assertThat(ColumnType.parse("float(53)")).isEqualTo(ColumnType.of(DataType.DOUBLE));
        assertThat(ColumnType.parse("enum('it''s', 'A')").values()).containsExactly("it's", "A");
        assertThat(ColumnType.parse("enum('it''s', 'A')")).hasToString("enum('it''s', 'A')");
        assertThat(List.of(ColumnType.parse("timestamp"), ColumnType.parse("timestamp(6)")).stream().distinct())
                .hasSize(1);
    }

    @Test
    void aHandWrittenTimestampIsNoChangeFromHibernatesTimestamp6() {
        Schema written = Schema.of(List.of(dev.migrate.schema.Table.of("t", List.of(
                Column.of("id", ColumnType.parse("int"), false), Column.of("at", ColumnType.parse("timestamp"), true),
                Column.of("e", ColumnType.parse("enum('B', 'A')"), true)), List.of("id"))), List.of());
        Schema model = Schema.of(List.of(dev.migrate.schema.Table.of("t", List.of(
                Column.of("id", ColumnType.of(DataType.INTEGER), false),
                Column.of("at", ColumnType.of(DataType.TIMESTAMP, 6), true),
                Column.of("e", ColumnType.enumOf(List.of("A", "B"), 255), true)), List.of("id"))), List.of());
        assertThat(new Autodetector(Questioner.nonInteractive()).diff(written, model, RenameHints.none()).operations())
                .isEmpty();
    }

    private static ColumnType type(Class<? extends Dialect> dialect, Class<?> entity, String table, String column) {
        return read(dialect, entity).requireTable(table).requireColumn(column).type();
    }

    private static Schema read(Class<? extends Dialect> dialect, Class<?> entity) {
        try (OfflineMetadata model = OfflineMetadata.forDialect(dialect).entities(entity).build()) {
            return model.readSchema();
        }
    }
}
