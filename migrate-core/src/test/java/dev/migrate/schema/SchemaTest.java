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
        assertThatThrownBy(() -> ColumnType.parse("uuid(20)")).hasMessageContaining("takes no size");
        assertThatThrownBy(() -> ColumnType.parse("enum()")).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> ColumnType.parse("enum(A, B)")).hasMessageContaining("in single quotes");
        assertThatThrownBy(() -> ColumnType.parse("enum('A', 20)")).hasMessageContaining("only the first item");
        assertThatThrownBy(() -> ColumnType.parse("enum('A', 'A')")).hasMessageContaining("lists the value 'A' twice");
        assertThatThrownBy(() -> ColumnType.parse("native:int; drop table x")).hasMessageContaining("separator");
        assertThatThrownBy(() -> ColumnType.parse("time with time zone")).hasMessageContaining("Unknown column type");
        assertThatThrownBy(() -> ColumnType.parse("decimal(2,5)")).hasMessageContaining("scale no larger");
    }

    /** The name index a replay keeps follows every kind of change, whichever schema asked first. */
    @Test
    void aConstraintNameIsFreeExactlyWhenNoOtherTableGivesItWhateverCase() {
        Column id = Column.of("id", ColumnType.of(DataType.BIGINT), false);
        Table book = Table.of("book", List.of(id), List.of("id"));
        Table author = Table.of("author", List.of(id), List.of("id"));
        Index shared = new Index("IX_Shared", false, List.of(IndexColumn.asc("id")));
        Schema asked = Schema.of(List.of(book, author), List.of());
        asked.requireFreeConstraintName("ix_shared", "book", "index");
        Schema withIndex = asked.withTable("author", a -> a.withIndexes(List.of(shared)));
        for (Schema schema : List.of(withIndex, Schema.of(withIndex.tables(), List.of()))) {
            assertThatThrownBy(() -> schema.requireFreeConstraintName("ix_SHARED", "book", "index ix_SHARED on book"))
                    .isInstanceOf(SchemaException.class)
                    .hasMessageContaining("table author already has an index named ix_SHARED");
            schema.requireFreeConstraintName("ix_shared", "author", "index");
            schema.requireFreeConstraintName("ix_other", "book", "index");
            schema.withTable("author", a -> a.withIndexes(List.of())).requireFreeConstraintName("ix_shared", "book", "i");
            schema.withoutTable("author").requireFreeConstraintName("ix_shared", "book", "i");
            Schema renamed = schema.withTable("author", a -> a.withName("writer")).withoutTable("author");
            assertThatThrownBy(() -> renamed.requireFreeConstraintName("ix_shared", "book", "index"))
                    .hasMessageContaining("table writer already has an index named ix_shared");
        }
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

    @Test
    void checkConstraintsAreSortedByNameComparedByNameAndExpressionAndPrinted() {
        Column id = Column.of("id", ColumnType.of(DataType.BIGINT), false);
        CheckConstraint positive = new CheckConstraint("CK_Positive", " id > 0 ");
        CheckConstraint small = new CheckConstraint("ck_small", "id < 100");
        Table one = Table.of("t", List.of(id), List.of("id")).withCheckConstraints(List.of(small, positive));
        Table two = Table.of("t", List.of(id), List.of("id")).withCheckConstraints(List.of(positive, small));

        assertThat(positive).isEqualTo(new CheckConstraint("ck_positive", "id > 0"));
        assertThat(one).isEqualTo(two);
        assertThat(one.checkConstraints()).extracting(CheckConstraint::name).containsExactly("ck_positive", "ck_small");
        assertThat(one.checkConstraint("CK_SMALL")).contains(small);
        assertThat(one.usesOf("id")).isEmpty();
        Schema changed = Schema.of(List.of(one.withCheckConstraints(List.of(new CheckConstraint("ck_small", "id < 10")))),
                List.of());
        assertThat(Schema.of(List.of(one), List.of()).differencesFrom(changed)).containsExactly(
                "table t: check ck_positive (id > 0) here, (none) in the other",
                "table t: check ck_small (id < 100) here, check ck_small (id < 10) in the other");
        assertThat(Schema.of(List.of(one), List.of()).toString()).contains("  check ck_positive (id > 0)\n");
    }

    @Test
    void checkConstraintsNeedAValidNameAnExpressionAndANameOfTheirOwn() {
        Column id = Column.of("id", ColumnType.of(DataType.BIGINT), false);
        assertThatThrownBy(() -> new CheckConstraint("bad,name", "id > 0")).hasMessageContaining("Invalid constraint name");
        assertThatThrownBy(() -> new CheckConstraint("ck", " ")).hasMessageContaining("ck has no expression");
        assertThatThrownBy(() -> new Table("t", List.of(id), List.of("id"),
                List.of(new UniqueConstraint("ck", List.of("id"))), List.of(), List.of(),
                List.of(new CheckConstraint("ck", "id > 0")))).hasMessageContaining("two indexes or constraints named ck");
    }
}
