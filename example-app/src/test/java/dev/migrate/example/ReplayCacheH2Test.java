package dev.migrate.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay cache across real starts of the example application (in-memory H2, so each start
 * applies the files and compares the entities with them): the first start keeps the replayed
 * schema, the next reads it back, and a start whose files differ replays them, so a removed
 * migration is seen as the entity change it leaves uncovered, by that start and by the next, which
 * reads that schema back.
 */
class ReplayCacheH2Test {

    private static final Path APP = Path.of("").toAbsolutePath();

    @TempDir
    Path cache;

    @TempDir
    Path migrations;

    @Test
    void theNextStartReadsTheReplayedSchemaUntilAFileChanges() throws Exception {
        theExamplesMigrationsWithMigrateAsAJar();

        Run first = start();
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Kept the schema of 4 migrations in the replay cache " + cache)
                .contains("the schema is up to date with the 1 entity");

        Run second = start();
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("Read the schema of 4 migrations from the replay cache " + cache)
                .doesNotContain("Kept the schema").contains("the schema is up to date with the 1 entity");

        Files.delete(migrations.resolve("0004_fill_book_format.xml"));
        Files.delete(migrations.resolve("0003_book_format.xml"));
        Run withoutFormat = start();
        assertThat(withoutFormat.exitCode()).as(withoutFormat.output()).isNotZero();
        assertThat(withoutFormat.output()).doesNotContain("Read the schema of")
                .contains("Add column format to book");

        // the schema of the two files is kept now, and is not what the entity has
        Run againWithoutFormat = start();
        assertThat(againWithoutFormat.exitCode()).as(againWithoutFormat.output()).isNotZero();
        assertThat(againWithoutFormat.output()).contains("Read the schema of 2 migrations from the replay cache " + cache)
                .contains("Add column format to book");
    }

    /**
     * Each start's database is new (in-memory H2), so each applies every file: a start whose files are
     * those of an earlier one applies the plan that start kept, and one with a {@code <java>} change
     * (0004, which the example has) keeps none.
     */
    @Test
    void aNewDatabasesStartAppliesThePlanAnEarlierStartKept() throws Exception {
        theExamplesMigrationsWithMigrateAsAJar();
        Run withJava = start();
        assertThat(withJava.exitCode()).as(withJava.output()).isZero();
        assertThat(withJava.output()).doesNotContain("Kept the plan");

        Files.delete(migrations.resolve("0004_fill_book_format.xml"));
        Run first = start();
        assertThat(first.output()).contains("Kept the plan of 3 migrations in the replay cache " + cache)
                .contains("Applied migration 0003_book_format");
        Run second = start();
        assertThat(second.exitCode()).as(second.output()).isEqualTo(first.exitCode());
        assertThat(second.output()).contains("Read the plan of 3 migrations from the replay cache " + cache)
                .doesNotContain("Kept the plan").contains("Applied migration 0003_book_format");
    }

    /** Copies the example's migrations; only where migrate-core is a jar, which the cache keys on. */
    private void theExamplesMigrationsWithMigrateAsAJar() throws IOException {
        // classes in a directory (mvn test in this build) are never cached
        assumeTrue(Stream.of(dependencies().split(File.pathSeparator)).anyMatch(p -> p.matches(".*migrate-core[^/]*\\.jar")),
                "migrate-core is on the class path as a jar (mvn verify)");
        try (Stream<Path> files = Files.list(APP.resolve("src/main/resources/db/migrations"))) {
            for (Path file : files.toList()) {
                Files.copy(file, migrations.resolve(file.getFileName()));
            }
        }
    }

    private Run start() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", APP.resolve("target/classes") + File.pathSeparator + dependencies(),
                "dev.migrate.example.ExampleApplication", "--spring.main.web-application-type=none",
                "--migrate.locations=filesystem:" + migrations, "--migrate.replay-cache.dir=" + cache,
                "--logging.level.dev.migrate.engine.ReplayCache=debug"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** The application's runtime class path without its own classes, written by the build (see pom.xml). */
    private static String dependencies() throws IOException {
        Path file = APP.resolve("target/runtime-classpath.txt");
        assertThat(file).as("run the test through Maven, which writes the class path file").exists();
        return Files.readString(file).strip();
    }

    private record Run(int exitCode, String output) {
    }
}
