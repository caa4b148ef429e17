package dev.migrate.engine;

import dev.migrate.operation.JavaOperation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A migration as one run applies or unapplies it, with the SQL of each step rendered for one
 * database. Going forwards a step is one operation; going backwards a step undoes one operation
 * (its reverse may take several), the last operation first.
 *
 * @param fake recorded in (or removed from) the history table without running its SQL
 */
public record PlannedMigration(Migration migration, Direction direction, boolean fake, List<Step> steps) {

    public enum Direction {
        FORWARDS, BACKWARDS
    }

    public PlannedMigration {
        steps = List.copyOf(steps);
    }

    public boolean backwards() {
        return direction == Direction.BACKWARDS;
    }

    PlannedMigration asFake() {
        return new PlannedMigration(migration, direction, true, steps);
    }

    /**
     * One operation, or the undoing of one, and its statements; or, for a {@code <java>} change, the
     * data migration the executor runs (its {@code sql} then is empty).
     *
     * @param java the data migration this step runs, or null
     * @param outsideTransaction an online operation, which this database runs outside a transaction
     *        ({@link dev.migrate.dialect.Dialect#runsOutsideTransaction}); only a forward step is one
     */
    public record Step(String description, List<String> sql, @Nullable JavaOperation java, boolean outsideTransaction) {

        /** How {@link #script()} shows a Java step, which sends no SQL of its own. */
        public static final String JAVA_PREFIX = "-- runs Java";

        public Step {
            sql = List.copyOf(sql);
        }

        /** A step that runs in the migration's transaction where there is one. */
        public Step(String description, List<String> sql, @Nullable JavaOperation java) {
            this(description, sql, java, false);
        }

        /** A step of SQL statements only. */
        public Step(String description, List<String> sql) {
            this(description, sql, null);
        }

        /**
         * For people and for {@code sql}: the statements, or for a Java step a comment line such as
         * {@code -- runs Java: com.example.migrations.FillIsbn}.
         */
        public List<String> script() {
            if (java == null) {
                return sql;
            }
            List<String> lines = new ArrayList<>(sql);
            lines.add(JAVA_PREFIX + (java.backward() ? " backward" : "") + ": " + java.className());
            return List.copyOf(lines);
        }
    }
}
