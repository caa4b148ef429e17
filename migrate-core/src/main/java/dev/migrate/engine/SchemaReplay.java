package dev.migrate.engine;

import dev.migrate.DataMigration;
import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Messages;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
     * The schema the history table says the database has: the migrations recorded as applied, in
     * order, and of a failed one the operations its row records as done (a failure leaves them in
     * the database where DDL commits as it goes; elsewhere the row records none). Pending
     * migrations are left out.
     *
     * @param migrations every migration, in the order they apply in
     * @param history the history table's rows by migration id
     */
    public static Schema ofApplied(List<Migration> migrations, Map<String, HistoryRow> history) {
        Schema schema = Schema.empty();
        for (Migration migration : migrations) {
            HistoryRow row = history.get(migration.id());
            if (row == null) {
                continue;
            }
            int done = row.success() ? migration.operations().size()
                    : Math.min(row.operationsDone(), migration.operations().size());
            for (int i = 0; i < done; i++) {
                schema = apply(schema, migration, i, migration.operations().get(i));
            }
        }
        return schema;
    }

    /**
     * Replays every migration in order and renders the SQL of the selected ones against the schema
     * just before each operation. A migration that does not fit the schema fails here, before
     * anything is sent to the database.
     */
    static List<PlannedMigration> prepare(List<Migration> ordered, Set<String> selected, Dialect dialect) {
        return prepare(ordered, selected, dialect, new DataMigrations(null));
    }

    /**
     * As {@link #prepare(List, Set, Dialect)}; the class of each {@code <java>} change is loaded and
     * checked here (on the class path, implements {@code DataMigration}), so that a wrong one fails
     * before anything is sent to the database.
     */
    static List<PlannedMigration> prepare(List<Migration> ordered, Set<String> selected, Dialect dialect,
            DataMigrations java) {
        List<PlannedMigration> prepared = new ArrayList<>();
        Schema schema = Schema.empty();
        for (Migration migration : ordered) {
            if (!selected.contains(migration.id())) {
                schema = apply(schema, migration);
                continue;
            }
            List<PlannedMigration.Step> steps = new ArrayList<>();
            for (int i = 0; i < migration.operations().size(); i++) {
                Operation operation = migration.operations().get(i);
                List<String> sql = render(dialect, schema, migration, i, operation);
                schema = apply(schema, migration, i, operation);
                JavaOperation runs = null;
                if (operation instanceof JavaOperation o) {
                    load(java, migration, i, o);
                    runs = o;
                }
                steps.add(new PlannedMigration.Step(operation.describe(), sql, runs,
                        dialect.runsOutsideTransaction(operation)));
            }
            prepared.add(new PlannedMigration(migration, PlannedMigration.Direction.FORWARDS, false, steps));
        }
        return prepared;
    }

    /**
     * The migrations to unapply, newest first, each undoing its first {@code operationsDone} operations
     * (all, for an applied one) through their reverses, last first, rendered against the schema just
     * before each reverse. Whatever cannot be undone is found here, before any SQL is sent: an
     * {@code sql} change without a rollback refuses the whole run, and so does undoing a drop (the
     * reverse recreates the table or column empty) unless {@code dataLossAllowed}.
     *
     * @param operationsDone for each migration to unapply, how many of its operations are in the database
     * @param hasRows whether a table (by the name it has now) holds rows: a NOT NULL column without a
     *        default cannot come back into a table that does
     * @param java the classes of {@code <java>} changes, undone by their {@code backward} and refused
     *        when the class does not override it
     */
    static List<PlannedMigration> prepareBackwards(List<Migration> ordered, Map<String, Integer> operationsDone,
            Dialect dialect, boolean dataLossAllowed, java.util.function.Predicate<String> hasRows,
            DataMigrations java) {
        List<PlannedMigration> prepared = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        Schema schema = Schema.empty();
        List<Schema> before = new ArrayList<>();
        for (Migration migration : ordered) {
            before.add(schema);
            schema = apply(schema, migration);
        }
        for (int m = ordered.size() - 1; m >= 0; m--) {
            Migration migration = ordered.get(m);
            Integer done = operationsDone.get(migration.id());
            if (done == null) {
                continue;
            }
            List<Schema> states = new ArrayList<>(List.of(before.get(m)));
            for (int i = 0; i < done; i++) {
                states.add(apply(states.get(i), migration, i, migration.operations().get(i)));
            }
            Schema current = states.get(done);
            List<PlannedMigration.Step> steps = new ArrayList<>();
            for (int i = done - 1; i >= 0; i--) {
                Operation operation = migration.operations().get(i);
                String where = "Migration " + migration.id() + ", operation " + (i + 1) + " of "
                        + migration.operations().size() + " (" + operation.describe() + ")";
                Optional<List<Operation>> reverse = operation.reverse(states.get(i));
                if (reverse.isEmpty()) {
                    refusals.add(where + " cannot be undone: it is SQL without a <rollback>");
                    continue;
                }
                if (operation instanceof JavaOperation o
                        && !DataMigration.isReversible(load(java, migration, i, o))) {
                    refusals.add(where + " cannot be undone: its class " + o.className() + " does not override"
                            + " DataMigration.backward");
                    continue;
                }
                if (operation.isDestructive() && !dataLossAllowed) {
                    refusals.add(where + " cannot bring back the data it dropped: undoing it recreates it empty"
                            + " (allow that with --migrate.allow-data-loss=true)");
                }
                reverse.get().stream().filter(undo -> undo instanceof dev.migrate.operation.AddColumn)
                        .map(undo -> (dev.migrate.operation.AddColumn) undo)
                        .filter(add -> !add.column().nullable() && add.column().defaultValue() == null
                                && !add.column().autoIncrement() && hasRows.test(add.tableName()))
                        .forEach(add -> refusals.add(where + " cannot be undone while " + add.tableName()
                                + " has rows: its column " + add.column().name() + " comes back NOT NULL without a"
                                + " default, and the rows have no value for it. Empty the table, or give the column a"
                                + " value in a new migration, first"));
                List<String> sql = new ArrayList<>();
                List<String> descriptions = new ArrayList<>();
                JavaOperation runs = null;
                for (Operation undo : reverse.get()) {
                    sql.addAll(dialect.sql(undo, current));
                    current = apply(current, migration, i, undo);
                    descriptions.add(undo.describe());
                    if (undo instanceof JavaOperation o) {
                        runs = o;
                    }
                }
                steps.add(new PlannedMigration.Step("Undo " + (i + 1) + ": " + String.join(", ", descriptions), sql,
                        runs));
            }
            prepared.add(new PlannedMigration(migration, PlannedMigration.Direction.BACKWARDS, false, steps));
        }
        if (!refusals.isEmpty()) {
            throw new MigrationStateException("Cannot go back: nothing was changed.\n  " + String.join("\n  ", refusals));
        }
        return prepared;
    }

    static Schema apply(Schema schema, Migration migration) {
        Schema result = schema;
        for (int i = 0; i < migration.operations().size(); i++) {
            result = apply(result, migration, i, migration.operations().get(i));
        }
        return result;
    }

    static Schema apply(Schema schema, Migration migration, int index, Operation operation) {
        try {
            return operation.applyTo(schema);
        } catch (SchemaException | IllegalArgumentException e) {
            throw new MigrationLoadException(describe(migration, index, operation) + ": " + lowerFirst(e.getMessage()), e);
        }
    }

    /** The class of a {@code <java>} change; a missing or wrong one names the file, the operation and the class. */
    private static Class<? extends DataMigration> load(DataMigrations java, Migration migration, int index,
            JavaOperation operation) {
        try {
            return java.load(operation.className());
        } catch (IllegalArgumentException e) {
            throw new MigrationLoadException(describe(migration, index, operation) + ": " + e.getMessage(), e);
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
    private static String lowerFirst(@Nullable String message) {
        if (message == null || message.isEmpty()) {
            return String.valueOf(message);
        }
        boolean word = message.length() == 1 || Character.isLowerCase(message.charAt(1));
        return word ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }
}
