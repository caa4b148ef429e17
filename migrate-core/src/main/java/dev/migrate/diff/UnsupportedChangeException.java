package dev.migrate.diff;

import dev.migrate.MigrateException;

/** A model change that cannot be written as a migration without a person's decision. */
public class UnsupportedChangeException extends MigrateException {

    public UnsupportedChangeException(String message) {
        super(message);
    }
}
