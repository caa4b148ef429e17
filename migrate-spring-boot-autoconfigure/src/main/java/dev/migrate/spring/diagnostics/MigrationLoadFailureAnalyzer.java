package dev.migrate.spring.diagnostics;

import dev.migrate.engine.MigrationLoadException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The migration files cannot be used as they are: a duplicate id, a missing dependency, a bad name. */
class MigrationLoadFailureAnalyzer extends AbstractFailureAnalyzer<MigrationLoadException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationLoadException cause) {
        return new FailureAnalysis("The migration files cannot be used:\n" + cause.getMessage(),
                "Fix the files named above (in migrate.locations, by default src/main/resources/db/migrations), "
                        + "then start again.",
                cause);
    }
}
