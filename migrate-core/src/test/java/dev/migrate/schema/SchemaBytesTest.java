package dev.migrate.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchemaBytesTest {

    /** Every kind of value a schema holds, each at least once. */
    static Schema everything() {
        Table author = new Table("author", List.of(
                new Column("id", ColumnType.parse("bigint"), false, null, true),
                new Column("name", ColumnType.parse("varchar(200)"), false, new DefaultValue(DefaultValue.Kind.STRING, "it's \"x\""), false),
                new Column("rate", ColumnType.parse("decimal(10,2)"), true, new DefaultValue(DefaultValue.Kind.NUMERIC, "0.50"), false),
                new Column("active", ColumnType.parse("boolean"), true, new DefaultValue(DefaultValue.Kind.BOOLEAN, "true"), false),
                new Column("born", ColumnType.parse("timestamp(3) with time zone"), true,
                        new DefaultValue(DefaultValue.Kind.COMPUTED, "current_timestamp"), false),
                new Column("kind", ColumnType.parse("enum(20, 'A', 'B')"), true, null, false),
                new Column("shape", ColumnType.parse("native:geometry(Point, 4326)"), true, null, false),
                new Column("名前", ColumnType.parse("text"), true, null, false)),
                List.of("id"),
                List.of(new UniqueConstraint("uk_author_name", List.of("name", "born"))),
                List.of(new Index("ix_author_rate", false, List.of(new IndexColumn("rate", true), IndexColumn.asc("name")))),
                List.of(),
                List.of(new CheckConstraint("ck_rate", "rate >= 0 and name <> 'x'".repeat(5000))));
        Table book = new Table("book", List.of(
                Column.of("id", ColumnType.parse("bigint"), false),
                Column.of("author_id", ColumnType.parse("bigint"), true)),
                List.of("id"), List.of(), List.of(new Index("ux_book_author", true, List.of(IndexColumn.asc("author_id")))),
                List.of(new ForeignKey("fk_book_author", List.of("author_id"), "author", List.of("id"), ReferentialAction.SET_NULL)),
                List.of());
        Table bare = Table.of("bare", List.of(Column.of("x", ColumnType.parse("blob"), true)), List.of());
        return Schema.of(List.of(author, book, bare), List.of(new Sequence("book_seq", 50, 50), new Sequence("s", -1, -3)));
    }

    @Test
    void readsBackTheSchemaItWrote() {
        Schema schema = everything();
        Schema read = SchemaBytes.read(SchemaBytes.write(schema));
        assertThat(read).isEqualTo(schema);
        assertThat(read.requireTable("author").columns()).isEqualTo(schema.requireTable("author").columns());
        assertThat(SchemaBytes.write(read)).isEqualTo(SchemaBytes.write(schema));
        assertThat(SchemaBytes.read(SchemaBytes.write(Schema.empty()))).isEqualTo(Schema.empty());
    }

    @Test
    void tellsFromTheBytesWhetherASchemaIsTheSameButForTheOrderOfColumns() {
        Schema schema = everything();
        byte[] bytes = SchemaBytes.write(schema);
        Table author = schema.requireTable("author");
        List<Column> reversed = new java.util.ArrayList<>(author.columns());
        java.util.Collections.reverse(reversed);
        Schema reordered = schema.withTable(author.withColumns(reversed));
        assertThat(reordered).isNotEqualTo(schema);
        assertThat(SchemaBytes.holdSameIgnoringColumnOrder(bytes, schema)).isTrue();
        assertThat(SchemaBytes.holdSameIgnoringColumnOrder(bytes, reordered)).isTrue();
        assertThat(SchemaBytes.read(SchemaBytes.write(reordered)).requireTable("author").columns()).isEqualTo(reversed);

        Column rate = author.requireColumn("rate");
        List<Schema> others = List.of(
                schema.withTable(author.withColumn(new Column("rate", rate.type(), false, rate.defaultValue(), false))),
                schema.withTable(author.withColumns(java.util.stream.Stream.concat(author.columns().stream(),
                        java.util.stream.Stream.of(Column.of("extra", ColumnType.parse("int"), true))).toList())),
                schema.withTable(Table.of("other", List.of(Column.of("x", ColumnType.parse("int"), true)), List.of())),
                schema.withoutTable("bare"),
                Schema.of(schema.tables(), List.of(new Sequence("book_seq", 50, 1))),
                Schema.of(schema.tables(), List.of()),
                Schema.empty());
        for (Schema other : others) {
            assertThat(SchemaBytes.holdSameIgnoringColumnOrder(bytes, other)).as(other.toString()).isFalse();
            assertThat(other.sameIgnoringColumnOrder(schema)).isFalse();
        }
        assertThat(SchemaBytes.holdSameIgnoringColumnOrder(SchemaBytes.write(Schema.empty()), Schema.empty())).isTrue();
        assertThat(SchemaBytes.holdSameIgnoringColumnOrder(new byte[0], Schema.empty())).isFalse();
        assertThat(SchemaBytes.holdSameIgnoringColumnOrder(java.util.Arrays.copyOf(bytes, 11), schema)).isFalse();
        byte[] otherVersion = bytes.clone();
        otherVersion[7]++;
        assertThat(SchemaBytes.holdSameIgnoringColumnOrder(otherVersion, schema)).isFalse();
    }

    @Test
    void refusesBytesThatHoldNoSchema() {
        byte[] bytes = SchemaBytes.write(everything());
        for (int length = 0; length < bytes.length; length += 7) {
            byte[] cut = java.util.Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> SchemaBytes.read(cut)).isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> SchemaBytes.read(longer)).isInstanceOf(IllegalArgumentException.class);
        byte[] otherVersion = bytes.clone();
        otherVersion[7]++;
        assertThatThrownBy(() -> SchemaBytes.read(otherVersion)).hasMessageContaining("version");
    }

    @Test
    void damagedBytesFailAsIllegalArgumentsOnly() {
        byte[] bytes = SchemaBytes.write(everything());
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            byte[] damaged = bytes.clone();
            damaged[8 + random.nextInt(damaged.length - 8)] ^= (byte) (1 << random.nextInt(8));
            try {
                SchemaBytes.read(damaged);
            } catch (IllegalArgumentException expected) {
                // what a damaged cache file must give; anything else would escape the cache's handling
            }
        }
    }
}
