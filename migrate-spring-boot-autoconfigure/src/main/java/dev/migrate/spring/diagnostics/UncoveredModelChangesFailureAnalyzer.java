package dev.migrate.spring.diagnostics;

import dev.migrate.spring.UncoveredModelChangesException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Lists the entity changes that no migration covers, and how to write their migration. */
class UncoveredModelChangesFailureAnalyzer extends AbstractFailureAnalyzer<UncoveredModelChangesException> {

    static final String MAKE = "./mvnw spring-boot:run -Dspring-boot.run.arguments=--migrate.command=make";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UncoveredModelChangesException cause) {
        if (cause.comparison().unsupportedMapping()) {
            // the message says what to change; running make before that only fails again
            return new FailureAnalysis("The JPA entities cannot be read as a schema:\n    "
                    + cause.comparison().problem(), "Change the mapping as the message above says.", cause);
        }
        StringBuilder description = new StringBuilder();
        if (cause.comparison().problem() != null) {
            description.append("The JPA entities have changed in a way no migration can be written for as they are:\n");
        } else {
            description.append("The JPA entities have changes that no migration covers:\n");
        }
        cause.changes().forEach(change -> description.append("    - ").append(change).append('\n'));
        cause.comparison().warnings().forEach(w -> description.append("    (").append(w).append(")\n"));
        String action = cause.comparison().problem() != null
                ? "Change the entities as the message above says, then write the migration with:\n\n    " + MAKE
                : "Write a migration for them with:\n\n    " + MAKE + "\n\n"
                        + "(or java -jar your-app.jar --migrate.command=make), review the new file in "
                        + "src/main/resources/db/migrations and start again.\n"
                        + "To start anyway, set migrate.model-changes=warn; to have the file written and applied "
                        + "at start-up while developing, set migrate.model-changes=generate.";
        return new FailureAnalysis(description.toString().stripTrailing(), action, cause);
    }
}
