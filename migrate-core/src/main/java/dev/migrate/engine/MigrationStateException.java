package dev.migrate.engine;

import dev.migrate.MigrateException;

/**
 * The history table and the migration files disagree in a way that makes applying unsafe: a file
 * changed after it was applied, or an earlier migration failed part-way. The message says what to do.
 */
public class MigrationStateException extends MigrateException {

    public MigrationStateException(String message) {
        super(message);
    }
}
