package dev.migrate.engine;

import dev.migrate.MigrateException;

/** The migration files cannot be used as they are: a duplicate id, a missing dependency, a branch. */
public class MigrationLoadException extends MigrateException {

    public MigrationLoadException(String message) {
        super(message);
    }

    public MigrationLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
