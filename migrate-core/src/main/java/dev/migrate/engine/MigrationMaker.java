package dev.migrate.engine;

import dev.migrate.diff.Autodetector;
import dev.migrate.diff.Changes;
import dev.migrate.diff.Questioner;
import dev.migrate.diff.RenameHints;
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
        return new Autodetector(questioner).diff(SchemaReplay.of(existing), model, hints);
    }

    /**
     * Writes the next migration into {@code directory}, or nothing when the model matches the
     * migrations ("No changes detected").
     *
     * @param existing the existing migrations in order, as {@link MigrationLoader} gives them
     * @param name the name after the number, or null to make one up
     */
    public MakeResult make(List<Migration> existing, Schema model, RenameHints hints, Path directory, String name) {
        Changes found = changes(existing, model, hints);
        Changes changes = new Changes(Optimizer.optimize(found.operations()), found.warnings());
        if (changes.isEmpty()) {
            return new MakeResult(null, null, List.of(), changes.warnings());
        }
        long lastNumber = existing.stream().mapToLong(Migration::number).max().orElse(0);
        String id = namer.nextId(lastNumber, name, changes.operations());
        List<String> dependsOn = existing.isEmpty() ? List.of() : List.of(existing.get(existing.size() - 1).id());
        Path file = directory.resolve(id + ".xml");
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                throw new IllegalStateException("Migration file " + file + " exists already");
            }
            Files.writeString(file, writer.write(new MigrationDocument(dependsOn, changes.operations())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write migration file " + file, e);
        }
        return new MakeResult(id, file, changes.operations(), changes.warnings());
    }
}
