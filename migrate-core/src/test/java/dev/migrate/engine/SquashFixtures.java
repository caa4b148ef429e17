package dev.migrate.engine;

import dev.migrate.operation.AddColumn;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.DropIndex;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Four migrations whose first three squash to fewer operations (an index added and dropped, a type changed). */
final class SquashFixtures {

    static final MigrationWriter WRITER = new MigrationWriter();
    static final MigrationLoader LOADER = new MigrationLoader(new MigrationReader());

    static final String FIRST = "0001_library";
    static final String SECOND = "0002_book_edition";
    static final String THIRD = "0003_edition_bigint";
    static final String FOURTH = "0004_author_born";
    static final String SQUASHED = "0001_squashed_0003_edition_bigint";

    static final List<Operation> EDITION = List.of(
            new AddColumn("book", Column.of("edition", ColumnType.of(DataType.INTEGER), true)),
            new CreateIndex("book", new Index("ix_book_edition", false, List.of(IndexColumn.asc("edition")))));
    static final List<Operation> EDITION_BIGINT = List.of(
            new DropIndex("book", "ix_book_edition"),
            new ModifyDataType("book", "edition", ColumnType.of(DataType.BIGINT)),
            new AddColumn("book", Column.of("subtitle", ColumnType.of(DataType.VARCHAR, 100), true)));
    static final List<Operation> BORN = List.of(
            new AddColumn("author", Column.of("born", ColumnType.of(DataType.DATE), true)));

    private SquashFixtures() {
    }

    /** Writes the four migrations. */
    static void writeAll(Path directory) throws IOException {
        write(directory, FIRST, List.of(), OperationFixtures.library());
        write(directory, SECOND, List.of(FIRST), EDITION);
        write(directory, THIRD, List.of(SECOND), EDITION_BIGINT);
        write(directory, FOURTH, List.of(THIRD), BORN);
    }

    static void write(Path directory, String id, List<String> dependsOn, List<Operation> operations)
            throws IOException {
        Files.writeString(directory.resolve(id + ".xml"), WRITER.write(new MigrationDocument(dependsOn, operations)));
    }

    static void deleteReplaced(Path directory) throws IOException {
        for (String id : List.of(FIRST, SECOND, THIRD)) {
            Files.delete(directory.resolve(id + ".xml"));
        }
    }

    static List<MigrationResource> files(Path directory) {
        return new MigrationScanner(SquashFixtures.class.getClassLoader()).scan(List.of("filesystem:" + directory));
    }

    static List<Migration> load(Path directory) {
        return LOADER.load(files(directory));
    }

    static SquashResult squash(Path directory, String from, String target, String name) {
        return new MigrationSquasher(WRITER).squash(load(directory), directory, from, target, name);
    }
}
