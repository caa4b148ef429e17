package dev.migrate.liquibase;

import dev.migrate.MigrateException;

/** A Liquibase changelog that cannot be imported: each reason names the changeSet and its file and line. */
public class LiquibaseImportException extends MigrateException {

    public LiquibaseImportException(String message) {
        super(message);
    }

    public LiquibaseImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
