package dev.migrate.liquibase;

import dev.migrate.operation.Operation;
import dev.migrate.schema.Schema;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Converts a Liquibase XML changelog (with its {@code include}s and {@code includeAll}s) into migrate
 * migration files: one migration per changeSet, in the order Liquibase runs them, each depending on
 * the one before and recording the changeSet it came from ({@link LiquibaseOrigins}). Every change
 * migrate shares becomes the same change; data changes and what migrate's model has no place for
 * are kept as {@code <sql>} with a note saying why; anything else refuses the whole import, every
 * reason on a line naming the changeSet and its file and line, before any file is written.
 */
public final class LiquibaseImport {

    private static final int MAX_REASONS = 40;

    private final ChangelogResources resources;
    private final @Nullable String dbms;
    private final Contexts contexts;
    private final boolean caseSensitiveTableNames;
    private final MigrationReader reader = new MigrationReader();
    private final MigrationWriter writer = new MigrationWriter();

    /**
     * @param resources where the changelogs, SQL and CSV files are read from
     * @param dbms the Liquibase name of the database the changelog ran on ({@code postgresql},
     *        {@code mariadb}, {@code mysql}, {@code h2}): it picks the changeSets, properties and types
     *        Liquibase picks there; null for portable types and every changeSet
     * @param contexts the Liquibase contexts the application ran with ({@link Contexts#all()} when none)
     */
    public LiquibaseImport(ChangelogResources resources, @Nullable String dbms, Contexts contexts) {
        this(resources, dbms, contexts, false);
    }

    /**
     * @param caseSensitiveTableNames whether the database keeps table names as written (MariaDB with
     *        {@code lower_case_table_names=0}): a table named with upper-case letters is then refused, since
     *        migrate names every table in lower case
     */
    public LiquibaseImport(ChangelogResources resources, @Nullable String dbms, Contexts contexts,
            boolean caseSensitiveTableNames) {
        this.resources = resources;
        this.dbms = dbms == null ? null : dbms.toLowerCase(Locale.ROOT);
        this.contexts = contexts;
        this.caseSensitiveTableNames = caseSensitiveTableNames;
    }

    /** One migration made from one changeSet. */
    public record ImportedMigration(String id, ChangeSetId origin, String content, List<Operation> operations,
            List<String> notes) {
    }

    /** The migrations the changelog converts to, in order; nothing is written. */
    public List<ImportedMigration> convert(String masterChangelog) {
        List<ChangeSet> changeSets = new ChangelogReader(resources, dbms, contexts).read(masterChangelog);
        if (changeSets.isEmpty()) {
            throw new LiquibaseImportException("The changelog " + masterChangelog + " has no changeSet"
                    + (contexts.isAll() ? "" : " for these contexts") + (dbms == null ? "" : " on " + dbms));
        }
        ChangeSetConverter converter = new ChangeSetConverter(resources, dbms, caseSensitiveTableNames);
        List<String> refusals = new ArrayList<>();
        List<ImportedMigration> migrations = new ArrayList<>();
        Schema schema = Schema.empty();
        int width = Math.max(4, String.valueOf(changeSets.size()).length());
        String previous = null;
        int unchecked = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < changeSets.size(); i++) {
            ChangeSet changeSet = changeSets.get(i);
            if (!seen.add(ChangeSetId.normalizedFile(changeSet.id().file()) + "::" + changeSet.id().id() + "::"
                    + changeSet.id().author())) {
                refusals.add(changeSet.describe() + ": a second changeSet with the same id, author and file");
                continue;
            }
            String id = String.format(Locale.ROOT, "%0" + width + "d", i + 1) + "_" + slug(changeSet.id().id());
            int before = refusals.size();
            ChangeSetConverter.Converted converted = converter.convert(changeSet, schema, refusals);
            if (refusals.size() > before) {
                previous = id;
                continue;
            }
            StringBuilder markup = new StringBuilder("<migration xmlns=\"" + MigrationDocument.NAMESPACE + "\">");
            if (previous != null) {
                markup.append("<dependsOn>").append(previous).append("</dependsOn>");
            }
            converted.changes().forEach(markup::append);
            markup.append("</migration>");
            MigrationDocument document;
            try {
                document = reader.read(new ByteArrayInputStream(markup.toString().getBytes(StandardCharsets.UTF_8)),
                        changeSet.location());
            } catch (RuntimeException e) {
                refusals.add(changeSet.describe() + ": its changes do not convert to a valid migration: "
                        + e.getMessage());
                previous = id;
                continue;
            }
            Schema after = schema;
            try {
                for (Operation operation : document.operations()) {
                    after = operation.applyTo(after);
                }
            } catch (RuntimeException e) {
                if (refusals.isEmpty()) {
                    refusals.add(changeSet.describe() + ": does not apply to the schema the changeSets before it make: "
                            + e.getMessage());
                } else {
                    // most likely it builds on a change refused above
                    unchecked++;
                }
                previous = id;
                continue;
            }
            schema = after;
            migrations.add(new ImportedMigration(id, changeSet.id(), withComments(writer.write(document),
                    changeSet.id(), converted.notes()), document.operations(), converted.notes()));
            previous = id;
        }
        if (!refusals.isEmpty()) {
            List<String> shown = refusals.size() > MAX_REASONS ? refusals.subList(0, MAX_REASONS) : refusals;
            throw new LiquibaseImportException("Cannot import " + masterChangelog + " (nothing was written); "
                    + refusals.size() + " change(s) cannot be converted:\n  " + String.join("\n  ", shown)
                    + (refusals.size() > shown.size() ? "\n  ... and " + (refusals.size() - shown.size()) + " more" : "")
                    + (unchecked == 0 ? "" : "\n  (" + unchecked + " later changeSet(s) do not apply without the refused"
                            + " changes and were not checked further)"));
        }
        return migrations;
    }

    /**
     * Converts the changelog and writes one file per changeSet into the directory, which must hold
     * no migration yet (the import starts the history).
     */
    public List<Path> write(String masterChangelog, Path directory) {
        try {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    List<Path> existing = files.filter(f -> f.getFileName().toString().matches("\\d+_.*\\.xml")).toList();
                    if (!existing.isEmpty()) {
                        throw new LiquibaseImportException("The directory " + directory + " already holds migrations ("
                                + existing.get(0).getFileName() + ", ...): the import writes the first migrations of"
                                + " a history. Import into an empty directory.");
                    }
                }
            }
            List<ImportedMigration> migrations = convert(masterChangelog);
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            for (ImportedMigration migration : migrations) {
                Path file = directory.resolve(migration.id() + ".xml");
                Files.writeString(file, migration.content(), StandardCharsets.UTF_8);
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the imported migrations into " + directory, e);
        }
    }

    private static String withComments(String written, ChangeSetId origin, List<String> notes) {
        int root = written.indexOf("<migration");
        int end = written.indexOf('>', root) + 1;
        StringBuilder comments = new StringBuilder("\n    ").append(LiquibaseOrigins.comment(origin));
        for (String note : notes) {
            comments.append("\n    <!-- ").append(commentText(note)).append(" -->");
        }
        return written.substring(0, end) + comments + written.substring(end);
    }

    private static String commentText(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        while (oneLine.contains("--")) {
            oneLine = oneLine.replace("--", "- -");
        }
        return oneLine.endsWith("-") ? oneLine + " " : oneLine;
    }

    /** The part of a migration id after the number: the changeSet id in letters, digits and underscores. */
    static String slug(String changeSetId) {
        String slug = changeSetId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? "changeset" : slug;
    }
}
