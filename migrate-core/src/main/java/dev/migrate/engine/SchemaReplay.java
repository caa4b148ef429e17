package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                List<String> sql = dialect.sql(operation, schema);
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
            throw new MigrationLoadException("Migration " + migration.source() + ", operation " + (index + 1) + " ("
                    + operation.describe() + "): " + e.getMessage(), e);
        }
    }
}
