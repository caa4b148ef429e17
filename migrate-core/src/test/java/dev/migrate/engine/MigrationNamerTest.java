package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropIndex;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.DropUniqueConstraint;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name fragment of each kind of operation, as Django's {@code migration_name_fragment}. */
class MigrationNamerTest {

    private final MigrationNamer namer = new MigrationNamer(
            Clock.fixed(Instant.parse("2026-11-27T10:30:00Z"), ZoneOffset.UTC));

    private static final ColumnType DATE = ColumnType.of(DataType.DATE);

    private String name(Operation... operations) {
        return namer.nextId(1, null, List.of(operations));
    }

    @Test
    void namesTheFirstMigrationInitial() {
        assertThat(namer.nextId(0, null, List.of(new DropTable("book")))).isEqualTo("0001_initial");
    }

    @Test
    void namesAMigrationByWhatItDoes() {
        assertThat(name(new CreateTable("author", List.of(Column.of("id", DATE, false)), List.of("id"))))
                .isEqualTo("0002_author");
        assertThat(name(new DropTable("book"))).isEqualTo("0002_delete_book");
        assertThat(name(new RenameTable("book", "volume"))).isEqualTo("0002_rename_book_volume");
        assertThat(name(new AddColumn("book", Column.of("published", DATE, true)))).isEqualTo("0002_book_published");
        assertThat(name(new DropColumn("book", "isbn"))).isEqualTo("0002_remove_book_isbn");
        assertThat(name(new RenameColumn("book", "title", "name"))).isEqualTo("0002_rename_title_book_name");
        assertThat(name(new ModifyDataType("book", "title", ColumnType.of(DataType.TEXT))))
                .isEqualTo("0002_alter_book_title");
    }

    @Test
    void indexesAndKeysNameAMigrationOnlyAlone() {
        CreateIndex index = new CreateIndex("book", new Index("ix_book_title", false,
                List.of(new IndexColumn("title", false))));
        assertThat(name(new AddColumn("book", Column.of("published", DATE, true)), index))
                .isEqualTo("0002_book_published");
        assertThat(name(index)).isEqualTo("0002_book_ix_book_title");
        assertThat(name(new DropIndex("book", "ix_book_title"))).isEqualTo("0002_remove_book_ix_book_title");
    }

    @Test
    void usesATimestampWhenAnOperationHasNoFragment() {
        assertThat(name(new DropUniqueConstraint("book", "uk_book_isbn"))).isEqualTo("0002_auto_20261127_1030");
        assertThat(name(new AddNotNullConstraint("book", "isbn", null))).isEqualTo("0002_auto_20261127_1030");
        assertThat(name(new DropTable("book"), new JavaOperation("com.example.Fill", null)))
                .isEqualTo("0002_auto_20261127_1030");
    }
}
