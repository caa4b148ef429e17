package dev.migrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema's records write equals out by hand: each component must count, as in the record's own,
 * and equal values must hash alike. A test per component, so that a component added later and left
 * out of equals fails here (the count of components is checked too).
 */
class HandWrittenEqualityTest {

    private static final ColumnType INT = ColumnType.parse("integer");

    @Test
    void everyComponentOfAColumnCounts() {
        assertThat(Column.class.getRecordComponents()).hasSize(5);
        Column column = new Column("a", INT, true, new DefaultValue(DefaultValue.Kind.NUMERIC, "1"), false);
        assertThat(column).isEqualTo(new Column("A", ColumnType.parse("int"), true,
                new DefaultValue(DefaultValue.Kind.NUMERIC, "1.0"), false));
        assertThat(column.hashCode()).isEqualTo(new Column("a", INT, true,
                new DefaultValue(DefaultValue.Kind.NUMERIC, "1.00"), false).hashCode());
        assertThat(List.of(column.withName("b"), column.withType(ColumnType.parse("bigint")), column.withNullable(false),
                column.withDefaultValue(null), column.withDefaultValue(new DefaultValue(DefaultValue.Kind.NUMERIC, "2")),
                new Column("a", INT, true, null, true))).allSatisfy(other -> assertThat(other).isNotEqualTo(column));
        assertThat(column).isNotEqualTo(null).isNotEqualTo("a");
    }

    @Test
    void everyComponentOfATableCounts() {
        assertThat(Table.class.getRecordComponents()).hasSize(7);
        Column a = Column.of("a", INT, false);
        Column b = Column.of("b", INT, true);
        Table table = new Table("t", List.of(a, b), List.of("a"), List.of(new UniqueConstraint("u", List.of("b"))),
                List.of(new Index("i", false, List.of(new IndexColumn("b", false)))),
                List.of(new ForeignKey("f", List.of("b"), "t", List.of("a"), null)),
                List.of(new CheckConstraint("c", "b > 0")));
        Table same = new Table("T", List.of(a, b), List.of("A"), table.uniqueConstraints(), table.indexes(),
                table.foreignKeys(), table.checkConstraints());
        assertThat(table).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(List.of(
                new Table("s", table.columns(), table.primaryKey(), table.uniqueConstraints(), table.indexes(),
                        table.foreignKeys(), table.checkConstraints()),
                new Table("t", List.of(b, a), table.primaryKey(), table.uniqueConstraints(), table.indexes(),
                        table.foreignKeys(), table.checkConstraints()),
                new Table("t", table.columns(), List.of("b"), table.uniqueConstraints(), table.indexes(),
                        table.foreignKeys(), table.checkConstraints()),
                new Table("t", table.columns(), table.primaryKey(), List.of(), table.indexes(), table.foreignKeys(),
                        table.checkConstraints()),
                new Table("t", table.columns(), table.primaryKey(), table.uniqueConstraints(), List.of(),
                        table.foreignKeys(), table.checkConstraints()),
                new Table("t", table.columns(), table.primaryKey(), table.uniqueConstraints(), table.indexes(),
                        List.of(), table.checkConstraints()),
                new Table("t", table.columns(), table.primaryKey(), table.uniqueConstraints(), table.indexes(),
                        table.foreignKeys(), List.of())))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(table));
    }

    @Test
    void theSameColumnsInAnotherOrderAreTheSameTableIgnoringOrderOnly() {
        Column a = Column.of("a", INT, false);
        Column b = Column.of("b", INT, true);
        Table ab = Table.of("t", List.of(a, b), List.of("a"));
        Table ba = Table.of("t", List.of(b, a), List.of("a"));
        assertThat(ab).isNotEqualTo(ba);
        assertThat(ab.sameIgnoringColumnOrder(ba)).isTrue();
        assertThat(ab.sameIgnoringColumnOrder(Table.of("t", List.of(b.withNullable(false), a), List.of("a")))).isFalse();
        assertThat(ab.sameIgnoringColumnOrder(Table.of("t", List.of(a, Column.of("c", INT, true)), List.of("a")))).isFalse();
        assertThat(ab.sameIgnoringColumnOrder(Table.of("t", List.of(a), List.of("a")))).isFalse();
    }

    @Test
    void everyComponentOfTheTablesPartsCounts() {
        assertDiffersInEachComponent(new ForeignKey("f", List.of("b"), "t", List.of("a"), null),
                new ForeignKey("f", List.of("b"), "t", List.of("a"), ReferentialAction.NO_ACTION),
                new ForeignKey("g", List.of("b"), "t", List.of("a"), null),
                new ForeignKey("f", List.of("c"), "t", List.of("a"), null),
                new ForeignKey("f", List.of("b"), "s", List.of("a"), null),
                new ForeignKey("f", List.of("b"), "t", List.of("c"), null),
                new ForeignKey("f", List.of("b"), "t", List.of("a"), ReferentialAction.CASCADE));
        IndexColumn b = new IndexColumn("b", false);
        assertDiffersInEachComponent(new Index("i", false, List.of(b)), new Index("i", false, List.of(new IndexColumn("b", false))),
                new Index("j", false, List.of(b)), new Index("i", true, List.of(b)),
                new Index("i", false, List.of(new IndexColumn("c", false))));
        assertDiffersInEachComponent(b, new IndexColumn("b", false), new IndexColumn("c", false), new IndexColumn("b", true));
        assertDiffersInEachComponent(new UniqueConstraint("u", List.of("b")), new UniqueConstraint("u", List.of("b")),
                new UniqueConstraint("v", List.of("b")), new UniqueConstraint("u", List.of("c")));
        assertDiffersInEachComponent(new CheckConstraint("c", "b > 0"), new CheckConstraint("c", "b > 0"),
                new CheckConstraint("d", "b > 0"), new CheckConstraint("c", "b > 1"));
        assertDiffersInEachComponent(new DefaultValue(DefaultValue.Kind.STRING, "1"),
                new DefaultValue(DefaultValue.Kind.STRING, "1"), new DefaultValue(DefaultValue.Kind.NUMERIC, "1"),
                new DefaultValue(DefaultValue.Kind.STRING, "2"));
        assertDiffersInEachComponent(new Sequence("s", 1, 1), new Sequence("s", 1, 1), new Sequence("t", 1, 1),
                new Sequence("s", 2, 1), new Sequence("s", 1, 2));
    }

    /** {@code value} equals {@code same} and hashes alike, and differs from each of {@code others}, one per component. */
    private static void assertDiffersInEachComponent(Record value, Record same, Record... others) {
        assertThat(value.getClass().getRecordComponents()).hasSize(others.length);
        assertThat(value).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null).isNotEqualTo("x");
        assertThat(List.of(others)).allSatisfy(other -> assertThat(other).isNotEqualTo(value));
    }
}
