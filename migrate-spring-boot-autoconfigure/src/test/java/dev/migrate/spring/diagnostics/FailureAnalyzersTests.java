package dev.migrate.spring.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MigrationException;
import dev.migrate.engine.MigrationLoadException;
import dev.migrate.engine.MigrationStateException;
import dev.migrate.operation.DropColumn;
import dev.migrate.spring.ModelComparison;
import dev.migrate.spring.UncoveredModelChangesException;
import dev.migrate.xml.MigrationFileException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class FailureAnalyzersTests {

    @Test
    void uncoveredModelChangesListTheChangesAndTheMakeCommand() {
        var comparison = new ModelComparison(List.of(new DropColumn("book", "isbn")), List.of(), null);
        FailureAnalysis analysis = new UncoveredModelChangesFailureAnalyzer()
                .analyze(wrapped(new UncoveredModelChangesException(comparison)));
        assertThat(analysis.getDescription()).isEqualTo(
                "The JPA entities have changes that no migration covers:\n    - Drop column isbn from book");
        assertThat(analysis.getAction())
                .contains("./mvnw spring-boot:run -Dspring-boot.run.arguments=--migrate.command=make")
                .contains("migrate.model-changes=warn");
    }

    @Test
    void changesThatNeedADecisionSayWhat() {
        var comparison = new ModelComparison(List.of(), List.of(), "Cannot add the NOT NULL column book.x");
        FailureAnalysis analysis = new UncoveredModelChangesFailureAnalyzer()
                .analyze(wrapped(new UncoveredModelChangesException(comparison)));
        assertThat(analysis.getDescription()).contains("    - Cannot add the NOT NULL column book.x");
    }

    @Test
    void anUnsupportedMappingGetsItsOwnAdviceAndNotMake() {
        var comparison = ModelComparison.unsupportedMapping("table 'book' (entity x.Book): is in the schema 'inventory'"
                + "; tables in a named schema are not supported yet. Remove the schema from the mapping and ...");
        FailureAnalysis analysis = new UncoveredModelChangesFailureAnalyzer()
                .analyze(wrapped(new UncoveredModelChangesException(comparison)));
        assertThat(analysis.getDescription()).isEqualTo("The JPA entities cannot be read as a schema:\n    "
                + comparison.problem());
        assertThat(analysis.getAction()).isEqualTo("Change the mapping as the message above says.");
    }

    @Test
    void aFailedMigrationNamesItselfAndHowToSeeItsSql() {
        FailureAnalysis analysis = new MigrationFailureAnalyzer().analyze(
                wrapped(new MigrationException("0002_x", "Migration 0002_x failed at operation 1", null)));
        assertThat(analysis.getDescription()).contains("Migration 0002_x failed at operation 1");
        assertThat(analysis.getAction()).contains("--migrate.command=sql --migrate.target=0002_x");
    }

    @Test
    void otherMigrationFailuresAreExplained() {
        assertThat(new MigrationStateFailureAnalyzer().analyze(wrapped(new MigrationStateException("changed")))
                .getDescription()).endsWith("changed");
        assertThat(new MigrationLoadFailureAnalyzer().analyze(wrapped(new MigrationLoadException("duplicate")))
                .getDescription()).endsWith("duplicate");
        FailureAnalysis file = new MigrationFileFailureAnalyzer()
                .analyze(wrapped(new MigrationFileException("0001_initial.xml", 4, 41, "bad element", null)));
        assertThat(file.getDescription()).endsWith("0001_initial.xml line 4, column 41: bad element");
        assertThat(file.getAction()).startsWith("Fix 0001_initial.xml at line 4");
    }

    private static Throwable wrapped(Throwable cause) {
        return new BeanCreationException("migrateInitializer", "failed", cause);
    }
}
