package dev.migrate.engine;

import dev.migrate.MigrateException;
import org.jspecify.annotations.Nullable;

/**
 * A migration failed on the database. The message names the migration, the operation, the SQL
 * sent and the database's own error (or the data migration's class and its exception); the cause is
 * the database's exception (or the data migration's).
 */
public class MigrationException extends MigrateException {

    private final String migrationId;

    public MigrationException(String migrationId, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.migrationId = migrationId;
    }

    public String migrationId() {
        return migrationId;
    }
}
