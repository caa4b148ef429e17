package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalTest {

    private final Dialect postgresql = Dialect.postgresql();
    private final Dialect mariadb = Dialect.mariadb();
    private final Dialect h2 = Dialect.h2();

    static Stream<Dialect> dialects() {
        return DialectTest.dialects();
    }

    /** Two types are stored alike exactly when they render to the same DDL type. */
    @ParameterizedTest
    @MethodSource("dialects")
    void mergesExactlyTheTypesThatRenderAlike(Dialect dialect) {
        List<ColumnType> types = Fixtures.typesAtTheLimits().stream().filter(t -> storable(dialect, t)).toList();
        List<String> wrong = new ArrayList<>();
        for (ColumnType a : types) {
            ColumnType canonical = dialect.canonicalType(a);
            if (!dialect.canonicalType(canonical).equals(canonical)) {
                wrong.add("not idempotent for " + a);
            }
            if (!dialect.columnType(canonical).equals(dialect.columnType(a))) {
                wrong.add(a + " is stored as " + dialect.columnType(a) + ", " + canonical + " as " + dialect.columnType(canonical));
            }
            for (ColumnType b : types) {
                boolean sameDdl = dialect.columnType(a).equals(dialect.columnType(b));
                if (canonical.equals(dialect.canonicalType(b)) != sameDdl) {
                    wrong.add(a + " and " + b + (sameDdl ? " render alike but are kept apart" : " are merged"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Leaves out what the database refuses (MariaDB) or reduces (PostgreSQL) anyway. */
    private static boolean storable(Dialect dialect, ColumnType type) {
        boolean fractional = type.type().size() == DataType.Size.OPTIONAL_PRECISION;
        return switch (dialect.name()) {
            case "postgresql" -> !fractional || type.size() == null || type.size() <= 6;
            case "mariadb" -> !(fractional && type.size() != null && type.size() > 6)
                    && !(type.type() == DataType.CHAR && type.size() > MariaDbDialect.MAX_VARCHAR);
            default -> true;
        };
    }

    @Test
    void postgresqlTypes() {
        assertThat(postgresql.canonicalType(ColumnType.of(DataType.TINYINT))).isEqualTo(ColumnType.of(DataType.SMALLINT));
        assertThat(postgresql.canonicalType(ColumnType.of(DataType.CLOB))).isEqualTo(ColumnType.of(DataType.BLOB));
        assertThat(postgresql.canonicalType(ColumnType.of(DataType.VARBINARY, 100)))
                .isEqualTo(ColumnType.of(DataType.VARBINARY, Integer.MAX_VALUE));
        assertThat(postgresql.canonicalType(ColumnType.of(DataType.VARCHAR, 20_000_000)))
                .isEqualTo(ColumnType.of(DataType.VARCHAR, Integer.MAX_VALUE));
        assertThat(postgresql.canonicalType(ColumnType.of(DataType.VARCHAR, 200))).isEqualTo(ColumnType.of(DataType.VARCHAR, 200));
        assertThat(postgresql.canonicalType(ColumnType.of(DataType.TIMESTAMP_TZ, 9)))
                .isEqualTo(ColumnType.of(DataType.TIMESTAMP_TZ, 6));
        assertThat(postgresql.canonicalType(ColumnType.of(DataType.TIME))).isEqualTo(ColumnType.of(DataType.TIME, 0));
    }

    @Test
    void mariadbTypes() {
        assertThat(mariadb.canonicalType(ColumnType.of(DataType.CHAR, 2))).isEqualTo(ColumnType.of(DataType.VARCHAR, 2));
        assertThat(mariadb.canonicalType(ColumnType.of(DataType.TIMESTAMP_TZ)))
                .isEqualTo(ColumnType.of(DataType.TIMESTAMP, 6));
        assertThat(mariadb.canonicalType(ColumnType.of(DataType.VARCHAR, 20_000))).isEqualTo(ColumnType.of(DataType.VARCHAR, 65_535));
        assertThat(mariadb.canonicalType(ColumnType.of(DataType.VARCHAR, 100_000)))
                .isEqualTo(ColumnType.of(DataType.VARCHAR, 16_777_215));
        assertThat(mariadb.canonicalType(ColumnType.of(DataType.VARCHAR, 20_000_000))).isEqualTo(ColumnType.of(DataType.CLOB));
        assertThat(mariadb.canonicalType(ColumnType.of(DataType.VARBINARY, 100_000)))
                .isEqualTo(ColumnType.of(DataType.VARBINARY, 16_777_215));
        assertThat(mariadb.canonicalType(ColumnType.of(DataType.TINYINT))).isEqualTo(ColumnType.of(DataType.TINYINT));
    }

    @Test
    void h2Types() {
        assertThat(h2.canonicalType(ColumnType.of(DataType.VARCHAR, 2_000_000))).isEqualTo(ColumnType.of(DataType.CLOB));
        assertThat(h2.canonicalType(ColumnType.of(DataType.VARBINARY, 2_000_000))).isEqualTo(ColumnType.of(DataType.BLOB));
        assertThat(h2.canonicalType(ColumnType.of(DataType.TIMESTAMP_TZ, 9))).isEqualTo(ColumnType.of(DataType.TIMESTAMP_TZ, 9));
        assertThat(h2.canonicalType(ColumnType.of(DataType.TIMESTAMP))).isEqualTo(ColumnType.of(DataType.TIMESTAMP, 6));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void primaryKeyAndIdentityColumnsAreNotNull(Dialect dialect) {
        Schema schema = Schema.empty().withTable(Table.of("t", List.of(
                new Column("id", ColumnType.of(DataType.BIGINT), true, null, false),
                new Column("n", ColumnType.of(DataType.INTEGER), true, null, true),
                Column.of("x", ColumnType.of(DataType.INTEGER), true)), List.of("id")));
        Table table = dialect.canonical(schema).requireTable("t");
        assertThat(table.columns()).extracting(Column::nullable).containsExactly(false, false, true);
    }

    @Test
    void leavesAloneWhatIsStoredAsItIs() {
        assertThat(postgresql.canonical(Fixtures.library())).isEqualTo(Fixtures.library());
        assertThat(h2.canonical(Fixtures.library())).isEqualTo(Fixtures.library());
    }

    @Test
    void mariadbKeepsUniqueIndexesAsUniqueConstraintsAndRestrictAsNoAction() {
        Schema schema = Fixtures.library();
        schema = new CreateIndex("book", new Index("ux_book_price", true, List.of(IndexColumn.asc("price"))))
                .applyTo(schema);
        schema = new CreateIndex("book", new Index("ux_book_price_desc", true, List.of(new IndexColumn("price", true))))
                .applyTo(schema);
        schema = new AddForeignKeyConstraint("book", new ForeignKey("fk_book_author2", List.of("author_id"), "author",
                List.of("id"), ReferentialAction.RESTRICT)).applyTo(schema);

        Table book = mariadb.canonical(schema).requireTable("book");

        assertThat(book.uniqueConstraints()).containsExactly(new UniqueConstraint("ux_book_price", List.of("price")));
        assertThat(book.indexes()).extracting(Index::name).containsExactly("ix_book_title", "ux_book_price_desc");
        assertThat(book.foreignKeys()).extracting(ForeignKey::onDelete)
                .containsExactly(ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
        assertThat(mariadb.canonical(schema).requireTable("author").requireColumn("country").type())
                .isEqualTo(ColumnType.of(DataType.VARCHAR, 2));
        assertThat(mariadb.canonical(mariadb.canonical(schema))).isEqualTo(mariadb.canonical(schema));
        assertThat(postgresql.canonical(schema).requireTable("book").foreignKeys()).extracting(ForeignKey::onDelete)
                .containsExactly(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT);
    }
}
