package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Messages;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Replays migrations into a schema, and renders the SQL of the ones to apply on the way. */
public final class SchemaReplay {

    private SchemaReplay() {
    }

    /** The schema the migrations describe, all of them applied in order. */
    public static Schema of(List<Migration> migrations) {
        Schema schema = Schema.empty();
        for (Migration migration : migrations) {
            schema = apply(schema, migration);
        }
        return schema;
    }

    /**
     * Replays every migration in order and renders the SQL of the selected ones against the schema
     * just before each operation. A migration that does not fit the schema fails here, before
     * anything is sent to the database.
     */
    static List<PreparedMigration> prepare(List<Migration> ordered, Set<String> selected, Dialect dialect) {
        List<PreparedMigration> prepared = new ArrayList<>();
        Schema schema = Schema.empty();
        for (Migration migration : ordered) {
            if (!selected.contains(migration.id())) {
                schema = apply(schema, migration);
                continue;
            }
            List<PreparedMigration.Step> steps = new ArrayList<>();
            for (int i = 0; i < migration.operations().size(); i++) {
                Operation operation = migration.operations().get(i);
                List<String> sql = render(dialect, schema, migration, i, operation);
                schema = apply(schema, migration, i, operation);
                steps.add(new PreparedMigration.Step(operation, sql));
            }
            prepared.add(new PreparedMigration(migration, steps));
        }
        return prepared;
    }

    private static Schema apply(Schema schema, Migration migration) {
        Schema result = schema;
        for (int i = 0; i < migration.operations().size(); i++) {
            result = apply(result, migration, i, migration.operations().get(i));
        }
        return result;
    }

    private static Schema apply(Schema schema, Migration migration, int index, Operation operation) {
        try {
            return operation.applyTo(schema);
        } catch (SchemaException | IllegalArgumentException e) {
            throw new MigrationLoadException(describe(migration, index, operation) + ": " + lowerFirst(e.getMessage()), e);
        }
    }

    /** The operation's SQL; a dialect's refusal (a name its database cannot store) names the file and operation too. */
    private static List<String> render(Dialect dialect, Schema schema, Migration migration, int index,
            Operation operation) {
        try {
            return dialect.sql(operation, schema);
        } catch (SchemaException | IllegalArgumentException e) {
            throw new MigrationLoadException(describe(migration, index, operation) + ": " + lowerFirst(e.getMessage()), e);
        }
    }

    /**
     * "Migration 0003_x (db/migrations/0003_x.xml), operation 2 of 4 (Make author.book not null)": what
     * every message about one operation of a file starts with.
     */
    static String describe(Migration migration, int index, Operation operation) {
        String source = migration.source() == null || migration.source().equals(migration.id()) ? ""
                : " (" + migration.source() + ")";
        return "Migration " + migration.id() + source + ", operation " + (index + 1) + " of "
                + migration.operations().size() + " (" + Messages.shorten(operation.describe(), 200) + ")";
    }

    /** "Table author has no column book" reads on as "table author has no column book"; "SQL ..." stays. */
    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty()) {
            return String.valueOf(message);
        }
        boolean word = message.length() == 1 || Character.isLowerCase(message.charAt(1));
        return word ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }
}
