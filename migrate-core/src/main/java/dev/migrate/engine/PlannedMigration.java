package dev.migrate.engine;

import java.util.List;

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

    /** One operation, or the undoing of one, and its statements. */
    public record Step(String description, List<String> sql) {

        public Step {
            sql = List.copyOf(sql);
        }
    }
}
