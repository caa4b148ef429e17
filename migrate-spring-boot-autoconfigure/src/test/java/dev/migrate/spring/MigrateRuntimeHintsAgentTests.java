package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operation.Operation;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aot.test.agent.RuntimeHintsInvocations;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.test.agent.EnabledIfRuntimeHintsAgent;
import org.springframework.aot.test.agent.RuntimeHintsRecorder;

/**
 * With Spring's runtime hints agent (the build runs this class in a JVM of its own with
 * {@code -javaagent:spring-core-test.jar}): what the core's reader does reflectively and reads as
 * resources, while it reads a file with every kind of operation, is all covered by
 * {@link MigrateRuntimeHints}: what a native image would refuse is what this catches, without one.
 */
@EnabledIfRuntimeHintsAgent
class MigrateRuntimeHintsAgentTests {

    /**
     * Spring Framework 7 deprecates the agent's recorder for removal; until it goes, it is the only
     * check of the hints against real calls that these machines, without GraalVM, can run.
     */
    @Test
    @SuppressWarnings("removal")
    void readingAFileWithEveryOperationNeedsNothingTheHintsLeaveOut() {
        List<Operation> operations = new ArrayList<>(OperationFixtures.everyOperation().values());
        byte[] file = new MigrationWriter().write(new MigrationDocument(List.of(), List.of(), operations))
                .getBytes(StandardCharsets.UTF_8);
        RuntimeHints hints = new RuntimeHints();
        new MigrateRuntimeHints().registerHints(hints, getClass().getClassLoader());

        List<Operation> read = new ArrayList<>();
        RuntimeHintsInvocations invocations = RuntimeHintsRecorder.record(() -> read.addAll(
                new MigrationReader().read(new ByteArrayInputStream(file), "every_operation.xml").operations()));

        assertThat(read).as("the file was read").hasSameSizeAs(operations);
        assertThat(invocations).notMatching(new RuntimeHints()).as("what the reader needs hints for").isNotEmpty();
        assertThat(invocations).match(hints);
    }
}
