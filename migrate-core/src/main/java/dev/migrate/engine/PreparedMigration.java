package dev.migrate.engine;

import dev.migrate.operation.Operation;
import java.util.List;

/** A migration with the SQL of each of its operations rendered for one database. */
record PreparedMigration(Migration migration, List<Step> steps) {

    record Step(Operation operation, List<String> sql) {
    }
}
