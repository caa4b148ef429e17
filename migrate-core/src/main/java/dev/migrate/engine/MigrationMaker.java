package dev.migrate.engine;

import dev.migrate.diff.Autodetector;
import dev.migrate.diff.Changes;
import dev.migrate.diff.Questioner;
import dev.migrate.diff.RenameHints;
import dev.migrate.operation.Operation;
import dev.migrate.operation.Optimizer;
import dev.migrate.schema.Schema;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Django's {@code makemigrations}: compares the schema the entities describe with the one the
 * existing migrations replay to, and writes the difference as the next migration file.
 */
public final class MigrationMaker {

    private final MigrationWriter writer;
    private final Questioner questioner;
    private final MigrationNamer namer;

    public MigrationMaker(MigrationWriter writer, Questioner questioner) {
        this(writer, questioner, Clock.systemDefaultZone());
    }

    MigrationMaker(MigrationWriter writer, Questioner questioner, Clock clock) {
        this.writer = writer;
        this.questioner = questioner;
        this.namer = new MigrationNamer(clock);
    }

    /** The changes that no migration covers yet, without writing anything (for checks and reports). */
    public Changes changes(List<Migration> existing, Schema model, RenameHints hints) {
        return new Autodetector(questioner).diff(replay(existing), model, hints);
    }

    /** The schema the files describe; other cores parse the files while this one replays them. */
    private static Schema replay(List<Migration> existing) {
        try (ParseAhead.Helpers parsing = ParseAhead.whileReplaying(existing)) {
            return SchemaReplay.of(existing);
        }
    }

    /**
     * Writes the next migration into {@code directory}, or nothing when the model matches the
     * migrations ("No changes detected").
     *
     * @param existing the existing migrations in order, as {@link MigrationLoader} gives them
     * @param name the name after the number, or null to make one up
     */
    public MakeResult make(List<Migration> existing, Schema model, RenameHints hints, Path directory,
            @Nullable String name) {
        return make(existing, model, hints, directory, name, false, () -> OnlineLint.Database.ALL);
    }

    /**
     * As {@link #make(List, Schema, RenameHints, Path, String)}; with {@code online}, the changes to
     * tables that exist already are written in their online forms ({@link OnlineLint#online}). What the
     * online-safety lint finds for {@code database} is in the result and, as comments, in the file.
     *
     * @param database the database the lint's findings are for, asked only when there is something to write
     */
    public MakeResult make(List<Migration> existing, Schema model, RenameHints hints, Path directory, @Nullable String name,
            boolean online, java.util.function.Supplier<OnlineLint.Database> database) {
        Schema history = replay(existing);
        Changes found = new Autodetector(questioner).diff(history, model, hints);
        Changes changes = new Changes(Optimizer.optimize(found.operations()), found.warnings());
        if (changes.isEmpty()) {
            return new MakeResult(null, null, List.of(), changes.warnings());
        }
        List<Operation> operations = changes.operations();
        if (online) {
            operations = operations.stream().map(o -> onExistingTable(o, history) ? OnlineLint.online(o) : o).toList();
        }
        String id = namer.nextId(lastNumber(existing), name, operations);
        OnlineLint.Database target = database.get();
        List<OnlineLint.Finding> findings = OnlineLint.check(id, operations, history).stream()
                .filter(f -> OnlineLint.concerns(f, target)).toList();
        List<List<String>> notes = new java.util.ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            int number = i + 1;
            notes.add(findings.stream().filter(f -> f.operation() == number).map(OnlineLint.Finding::comment).toList());
        }
        Path file = write(directory, id, writer.write(new MigrationDocument(latest(existing), operations), notes));
        return new MakeResult(id, file, operations, changes.warnings(), findings);
    }

    /** Whether the operation changes a table the history has (a table created in the same migration is empty). */
    private static boolean onExistingTable(Operation operation, Schema history) {
        String table = operation instanceof dev.migrate.operation.CreateIndex o ? o.tableName()
                : operation instanceof dev.migrate.operation.AddUniqueConstraint o ? o.tableName()
                : operation instanceof dev.migrate.operation.AddForeignKeyConstraint o ? o.tableName()
                : operation instanceof dev.migrate.operation.AddCheckConstraint o ? o.tableName()
                : operation instanceof dev.migrate.operation.AddNotNullConstraint o ? o.tableName() : null;
        return table != null && history.table(table).isPresent();
    }

    /**
     * Writes an empty migration (no operations) after the current latest one, for changes written by
     * hand ({@code makemigrations --empty}): named {@code name}, else as the namer names one without
     * operations ({@code 0001_initial}, then {@code auto_<timestamp>}).
     *
     * @param existing the existing migrations in order, as {@link MigrationLoader} gives them
     */
    public MakeResult makeEmpty(List<Migration> existing, Path directory, @Nullable String name) {
        String id = namer.nextId(lastNumber(existing), name, List.of());
        Path file = write(writer, directory, id, new MigrationDocument(latest(existing), List.of()));
        return new MakeResult(id, file, List.of(), List.of());
    }

    static long lastNumber(List<Migration> existing) {
        return existing.stream().mapToLong(Migration::number).max().orElse(0);
    }

    private static List<String> latest(List<Migration> existing) {
        return existing.isEmpty() ? List.of() : List.of(existing.get(existing.size() - 1).id());
    }

    /** Writes a new migration file; never replaces one. */
    static Path write(MigrationWriter writer, Path directory, String id, MigrationDocument document) {
        return write(directory, id, writer.write(document));
    }

    private static Path write(Path directory, String id, String text) {
        Path file = directory.resolve(id + ".xml");
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                throw new IllegalStateException("Migration file " + file + " exists already");
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write migration file " + file, e);
        }
        return file;
    }
}
