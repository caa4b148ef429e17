package dev.migrate.spring.diagnostics;

import dev.migrate.engine.MigrationStateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The history table and the files disagree: a changed file, or a half-applied migration. */
class MigrationStateFailureAnalyzer extends AbstractFailureAnalyzer<MigrationStateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationStateException cause) {
        return new FailureAnalysis("Migrations cannot be applied safely:\n" + cause.getMessage(),
                "Do what the message says (an applied migration's file must not change: restore it, and put "
                        + "new changes in a new migration), then start again. --migrate.command=show lists the "
                        + "state of every migration.",
                cause);
    }
}
