package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaBytes;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReplayedSchemaTest {

    private final Schema schema = Schema.of(List.of(
            Table.of("book", List.of(Column.of("id", ColumnType.parse("bigint"), false),
                    Column.of("title", ColumnType.parse("varchar(200)"), true)), List.of("id"))), List.of());
    private final AtomicInteger replays = new AtomicInteger();
    private final Supplier<Schema> replay = () -> {
        replays.incrementAndGet();
        return schema;
    };

    @Test
    void comparesWithTheKeptBytesWithoutReadingThemIntoASchema() {
        ReplayedSchema kept = ReplayedSchema.kept(SchemaBytes.write(schema), replay);
        Table book = schema.requireTable("book");
        Schema reordered = schema.withTable(book.withColumns(List.of(book.columns().get(1), book.columns().get(0))));
        Schema changed = schema.withTable(book.withColumn(Column.of("title", ColumnType.parse("varchar(100)"), true)));

        assertThat(kept.sameIgnoringColumnOrder(reordered)).isTrue();
        assertThat(kept.sameIgnoringColumnOrder(changed)).isFalse();
        assertThat(replays).hasValue(0);
        assertThat(kept.schema()).isEqualTo(schema).isSameAs(kept.schema());
        assertThat(kept.sameIgnoringColumnOrder(changed)).isFalse();
        assertThat(replays).hasValue(0);
    }

    @Test
    void keptBytesThatHoldNoSchemaAreReplayedOnce() {
        byte[] bytes = SchemaBytes.write(schema);
        bytes[bytes.length - 5] = (byte) 0xff; // the table's number of checks, before the sequences': more than follow
        ReplayedSchema kept = ReplayedSchema.kept(bytes, replay);

        assertThat(kept.schema()).isEqualTo(schema);
        assertThat(kept.schema()).isEqualTo(schema);
        assertThat(kept.sameIgnoringColumnOrder(schema)).isTrue();
        assertThat(replays).hasValue(1);
    }

    @Test
    void aReplayedSchemaIsItsOwn() {
        ReplayedSchema replayed = ReplayedSchema.of(schema);
        assertThat(replayed.schema()).isSameAs(schema);
        assertThat(replayed.sameIgnoringColumnOrder(schema)).isTrue();
    }
}
