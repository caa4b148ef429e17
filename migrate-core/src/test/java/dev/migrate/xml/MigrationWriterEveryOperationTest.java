package dev.migrate.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.Operation;
import dev.migrate.testing.OperationFixtures;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each operation's element is a case of the writer's visitor: every kind is written, read back
 * equal, and has a "Data loss" comment exactly when it is destructive.
 */
class MigrationWriterEveryOperationTest {

    static Stream<Arguments> everyOperation() {
        Map<String, Operation> operations = new LinkedHashMap<>(OperationFixtures.everyOperation());
        operations.put("java", new JavaOperation("com.example.migrations.FillIsbn", "2"));
        return operations.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void writesEachOperationWithADataLossCommentWhenDestructive(String name, Operation operation) {
        MigrationDocument document = new MigrationDocument(List.of("0001_initial"), List.of(operation));
        String xml = new MigrationWriter().write(document);
        assertThat(xml.contains("<!-- Data loss: ")).as(xml).isEqualTo(operation.isDestructive());
        InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(new MigrationReader().read(in, "0002_x.xml")).isEqualTo(document);
    }
}
