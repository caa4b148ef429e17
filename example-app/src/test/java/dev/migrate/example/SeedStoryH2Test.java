package dev.migrate.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's story, with real processes and exit codes: a copy of the example application without
 * migrations and with a Book that has no published date; make writes 0001_initial; the Book gains
 * its published date; check fails, make writes 0002_book_published_date with one addColumn, check
 * passes; the Book gains its format (an enum, as the example application has it), make writes
 * 0003_book_format; the application starts and the three migrations are applied. The files written
 * must be the ones committed in the example application, byte for byte.
 */
class SeedStoryH2Test {

    private static final Path APP = Path.of("").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void fromTheFirstEntityToEveryMigrationApplied() throws Exception {
        Path sources = work.resolve("src/main/java/dev/migrate/example");
        Path migrations = work.resolve("src/main/resources/db/migrations");
        Files.createDirectories(sources);
        Files.createDirectories(work.resolve("src/main/resources"));
        for (String file : List.of("ExampleApplication.java", "BookRepository.java")) {
            Files.copy(APP.resolve("src/main/java/dev/migrate/example/" + file), sources.resolve(file));
        }
        Files.copy(APP.resolve("src/test/resources/seed/Book.java"), sources.resolve("Book.java"));
        Files.copy(APP.resolve("src/main/resources/application.properties"),
                work.resolve("src/main/resources/application.properties"));

        build();
        Run make = run("--migrate.command=make");
        assertThat(make.exitCode()).as(make.output()).isZero();
        assertThat(make.output()).contains("Wrote migration 0001_initial:").contains("- Create table book");
        assertSameAsCommitted(migrations, "0001_initial.xml");

        Files.copy(APP.resolve("src/test/resources/seed/published/Book.java"), sources.resolve("Book.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        build();
        Run uncovered = run("--migrate.command=check");
        assertThat(uncovered.exitCode()).as(uncovered.output()).isOne();
        assertThat(uncovered.output()).contains("  - Add column published_date to book");

        Run secondMake = run("--migrate.command=make");
        assertThat(secondMake.exitCode()).as(secondMake.output()).isZero();
        assertThat(secondMake.output()).contains("Wrote migration 0002_book_published_date:");
        String second = Files.readString(migrations.resolve("0002_book_published_date.xml"));
        assertThat(second.split("<addColumn ", -1)).hasSize(2);
        assertSameAsCommitted(migrations, "0002_book_published_date.xml");

        build();
        assertThat(run("--migrate.command=check").exitCode()).isZero();

        copyTree(APP.resolve("src/main/java"), work.resolve("src/main/java"));
        build();
        Run thirdMake = run("--migrate.command=make --migrate.name=book_format".split(" "));
        assertThat(thirdMake.exitCode()).as(thirdMake.output()).isZero();
        assertThat(thirdMake.output()).contains("Wrote migration 0003_book_format:").contains("- Add column format to book");
        assertSameAsCommitted(migrations, "0003_book_format.xml");

        build();
        Run check = run("--migrate.command=check");
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("No changes detected");

        assertThat(startAndGetMigrations()).contains("\"id\":\"0001_initial\",\"state\":\"APPLIED\"")
                .contains("\"id\":\"0002_book_published_date\",\"state\":\"APPLIED\"")
                .contains("\"id\":\"0003_book_format\",\"state\":\"APPLIED\"");
    }

    private static void assertSameAsCommitted(Path migrations, String file) throws IOException {
        assertThat(migrations.resolve(file)).hasSameTextualContentAs(APP.resolve("src/main/resources/db/migrations/" + file));
    }

    /** Compiles the copied sources and copies their resources, as Maven's compile and process-resources do. */
    private void build() throws IOException {
        Path classes = work.resolve("target/classes");
        deleteTree(classes);
        Files.createDirectories(classes);
        List<String> sources;
        try (Stream<Path> files = Files.walk(work.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp", dependencies(),
                "-parameters", "-proc:none", "-nowarn"));
        arguments.addAll(sources);
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac").isZero();
        copyTree(work.resolve("src/main/resources"), classes);
    }

    private Run run(String... arguments) throws Exception {
        Process process = start(arguments);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private String startAndGetMigrations() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process app = start("--server.port=" + port);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                app.getInputStream().transferTo(output);
            } catch (IOException e) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/migrations"))
                    .timeout(Duration.ofSeconds(10)).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (true) {
                assertThat(app.isAlive()).as("the application ended:\n%s", output).isTrue();
                assertThat(System.nanoTime()).as("the application did not answer:\n%s", output).isLessThan(deadline);
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(output.toString(StandardCharsets.UTF_8))
                            .contains("Migrations: applied 0001_initial, 0002_book_published_date, 0003_book_format in ")
                            .contains("the schema is up to date with the 1 entity");
                    return response.body();
                } catch (ConnectException e) {
                    Thread.sleep(200);
                }
            }
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            drain.join(5000);
        }
    }

    private Process start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", work.resolve("target/classes") + File.pathSeparator + dependencies(),
                "dev.migrate.example.ExampleApplication"));
        command.addAll(Arrays.asList(arguments));
        // the working directory makes migrate.source-dir the copy's src/main/resources/db/migrations
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
    }

    /** The application's runtime class path without its own classes, written by the build (see pom.xml). */
    private static String dependencies() throws IOException {
        Path file = APP.resolve("target/runtime-classpath.txt");
        assertThat(file).as("run the test through Maven, which writes the class path file").exists();
        return Files.readString(file).strip();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
        }
    }

    private record Run(int exitCode, String output) {
    }
}
