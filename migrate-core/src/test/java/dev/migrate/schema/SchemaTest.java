package dev.migrate.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void parsesAndPrintsColumnTypes() {
        for (String text : List.of("bigint", "varchar(200)", "decimal(10,2)", "timestamp", "timestamp(6)",
                "timestamp(6) with time zone", "timestamp with time zone", "char(1)", "varbinary(255)", "uuid")) {
            assertThat(ColumnType.parse(text)).hasToString(text);
        }
        assertThat(ColumnType.parse(" VARCHAR ( 20 ) ")).isEqualTo(ColumnType.of(DataType.VARCHAR, 20));
    }

    @Test
    void rejectsTypesThatAreUnknownOrMisSized() {
        assertThatThrownBy(() -> ColumnType.parse("varchr(20)")).hasMessageContaining("Unknown column type 'varchr(20)'");
        assertThatThrownBy(() -> ColumnType.parse("varchar")).hasMessageContaining("needs a positive length");
        assertThatThrownBy(() -> ColumnType.parse("bigint(20)")).hasMessageContaining("takes no size");
        assertThatThrownBy(() -> ColumnType.parse("decimal(2,5)")).hasMessageContaining("scale no larger");
    }

    @Test
    void equalityIsStructuralAndIgnoresConstraintOrder() {
        Column id = Column.of("id", ColumnType.of(DataType.BIGINT), false);
        Column code = Column.of("code", ColumnType.of(DataType.VARCHAR, 10), false);
        UniqueConstraint a = new UniqueConstraint("uk_a", List.of("code"));
        Index b = new Index("ix_b", false, List.of(IndexColumn.asc("code")));
        Index c = new Index("ix_c", false, List.of(new IndexColumn("code", true)));
        Table one = new Table("t", List.of(id, code), List.of("id"), List.of(a), List.of(b, c), List.of());
        Table two = new Table("T", List.of(id, code), List.of("id"), List.of(a), List.of(c, b), List.of());
        assertThat(Schema.of(List.of(one), List.of())).isEqualTo(Schema.of(List.of(two), List.of()));
    }

    @Test
    void printsDifferencesReadably() {
        Column id = Column.of("id", ColumnType.of(DataType.BIGINT), false);
        Schema a = Schema.of(List.of(Table.of("book", List.of(id, Column.of("title", ColumnType.of(DataType.VARCHAR, 100),
                false)), List.of("id"))), List.of(new Sequence("s", 1, 1)));
        Schema b = Schema.of(List.of(Table.of("book", List.of(id, Column.of("title", ColumnType.of(DataType.VARCHAR, 200),
                true)), List.of("id")), Table.of("author", List.of(id), List.of("id"))), List.of());
        assertThat(a.differencesFrom(b)).containsExactly(
                "table author: only in the other schema",
                "table book: column title varchar(100) not null here, title varchar(200) in the other",
                "sequence s: sequence s start 1 increment 1 here, (none) in the other schema");
    }

    @Test
    void tablesCheckTheirOwnConsistency() {
        Column id = Column.of("id", ColumnType.of(DataType.BIGINT), false);
        assertThatThrownBy(() -> Table.of("t", List.of(id, id), List.of())).hasMessageContaining("two columns named id");
        assertThatThrownBy(() -> Table.of("t", List.of(id), List.of("other")))
                .hasMessageContaining("no column other (used by its primary key)");
    }
}
