package dev.migrate.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example application as Spring AOT processed it (the build's process-aot goal, before the
 * tests), run in child processes with {@code -Dspring.aot.enabled=true}: the bean definitions come
 * from the generated code, not from the configuration classes, and every condition was evaluated
 * at build time, as in a native image. The application starts and migrates, and a command chosen
 * at run time still runs. A JVM cannot start in AOT mode without the generated initializer, so a
 * start here is a start of the processed application.
 */
class AotProcessedAppH2Test {

    private static final Path APP = Path.of("").toAbsolutePath();

    @BeforeAll
    static void processed() {
        assertThat(APP.resolve("target/classes/dev/migrate/example/ExampleApplication__ApplicationContextInitializer.class"))
                .as("run the test through Maven, whose process-aot goal processes the application first").exists();
    }

    @Test
    void theProcessedApplicationStartsMigratesAndServes() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process app = start("--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:aot_start");
        ByteArrayOutputStream output = drain(app);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String migrations = getWhenUp(http, app, output, URI.create("http://localhost:" + port + "/actuator/migrations"));
            assertThat(migrations).contains("\"id\":\"0001_initial\",\"state\":\"APPLIED\"")
                    .contains("\"id\":\"0004_fill_book_format\",\"state\":\"APPLIED\"");
            assertThat(output.toString(StandardCharsets.UTF_8))
                    .contains("Migrations: applied 0001_initial, 0002_book_published_date, 0003_book_format, "
                            + "0004_fill_book_format in ")
                    .contains("the schema is up to date with the 1 entity");

            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/books"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Germinal\",\"author\":\"Zola\","
                            + "\"publishedDate\":\"1885-03-01\",\"format\":\"HARDCOVER\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            HttpResponse<String> books = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/books"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(books.body()).contains("\"title\":\"Germinal\"").contains("\"format\":\"HARDCOVER\"");
        } finally {
            stop(app);
        }
    }

    @Test
    void aCommandChosenAtRunTimeRunsOnTheProcessedApplication() throws Exception {
        Run show = run("--migrate.command=show", "--spring.datasource.url=jdbc:h2:mem:aot_show");
        assertThat(show.exitCode()).as(show.output()).isZero();
        assertThat(show.output()).contains("[ ] 0001_initial").contains("[ ] 0004_fill_book_format");

        // check boots the application's Hibernate (lazy, from the generated bean definitions) for the model
        Run check = run("--migrate.command=check", "--spring.datasource.url=jdbc:h2:mem:aot_check");
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("No changes detected");
    }

    private static String getWhenUp(HttpClient http, Process app, ByteArrayOutputStream output, URI uri)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            assertThat(app.isAlive()).as("the application ended:\n%s", output).isTrue();
            assertThat(System.nanoTime()).as("the application did not answer:\n%s", output).isLessThan(deadline);
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                return response.body();
            } catch (ConnectException e) {
                Thread.sleep(200);
            }
        }
    }

    private static Run run(String... arguments) throws Exception {
        Process process = start(arguments);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static Process start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true",
                "-cp", APP.resolve("target/classes") + File.pathSeparator + dependencies(),
                "dev.migrate.example.ExampleApplication"));
        command.addAll(Arrays.asList(arguments));
        return new ProcessBuilder(command).directory(APP.toFile()).redirectErrorStream(true).start();
    }

    private static ByteArrayOutputStream drain(Process process) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                process.getInputStream().transferTo(output);
            } catch (IOException e) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return output;
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
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
