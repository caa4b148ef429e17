package dev.migrate.spring.diagnostics;

import dev.migrate.engine.MigrationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A migration failed on the database: which one, which operation, the SQL and the database's error. */
class MigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        return new FailureAnalysis("Migration " + cause.migrationId() + " failed:\n" + cause.getMessage(),
                "Fix the migration file or the database as the error says, then start again. "
                        + "See what is applied with --migrate.command=show and the SQL of the migration with "
                        + "--migrate.command=sql --migrate.target=" + cause.migrationId() + ".",
                cause);
    }
}
