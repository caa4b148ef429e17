package dev.migrate.spring.diagnostics;

import dev.migrate.xml.MigrationFileException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A migration file is not valid XML for our schema: where, and what was expected. */
class MigrationFileFailureAnalyzer extends AbstractFailureAnalyzer<MigrationFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationFileException cause) {
        return new FailureAnalysis("A migration file cannot be read:\n" + cause.getMessage(),
                "Fix " + cause.sourceName() + (cause.line() > 0 ? " at line " + cause.line() : "")
                        + " (the files follow dev/migrate/xml/migration-1.0.xsd in migrate-core), then start again.",
                cause);
    }
}
