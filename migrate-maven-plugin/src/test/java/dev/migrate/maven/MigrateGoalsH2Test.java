package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The plugin in a real, forked Maven build of a copy of the example application, as a user runs it:
 * {@code mvn migrate:check} from the application's directory, the prefix found through the plugin's
 * declaration in its pom, on its in-memory H2 database.
 *
 * <p>The forked build's local repository is {@code target/it/repository}, holding this build's
 * modules (their classes as jars, and their poms) and whatever else it has to download; everything
 * else is read from this build's own local repository, which it never writes to
 * ({@code maven.repo.local.tail}, Maven 3.9).
 */
class MigrateGoalsH2Test {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();
    private static final String VERSION = property("migrate.it.version");
    private static final String GOAL = "dev.migrate:migrate-maven-plugin:" + VERSION + ":";

    private final Path work = MODULE.resolve("target/it");
    private final Path repository = work.resolve("repository");
    private final Path app = work.resolve("example-app");
    private int builds;

    @Test
    void checkFailsTheBuildUntilMakeWritesTheMigration() throws Exception {
        prepare();

        Build first = mvn("migrate:check", "migrate:show", "migrate:lint", "migrate:plan", "migrate:sql",
                "-Dmigrate.target=0001_initial");
        assertThat(first.status()).as(first.output()).isZero();
        assertThat(first.output())
                .contains("--- migrate:" + VERSION + ":check (default-cli) @ example-app ---" + nl() + "No changes detected")
                .contains("[ ] 0001_initial").contains("[ ] 0004_fill_book_format")
                .contains("--- migrate:" + VERSION + ":lint (default-cli) @ example-app ---" + nl()
                        + "Online safety: no findings in the pending migrations.")
                .contains("BUILD SUCCESS");
        // -Dmigrate.target reached plan (only 0001) and sql (which exits 2 without it)
        String plan = between(first.output(), ":plan (default-cli)", ":sql (default-cli)");
        assertThat(plan).contains("0001_initial").doesNotContain("0002_book_published_date");
        String sql = between(first.output(), ":sql (default-cli) @ example-app ---", "BUILD SUCCESS");
        assertThat(sql).containsIgnoringCase("create table").contains(";");

        Path book = app.resolve("src/main/java/dev/migrate/example/Book.java");
        String source = Files.readString(book);
        assertThat(source).contains("    private @Nullable LocalDate publishedDate;\n");
        Files.writeString(book, source.replace("    private @Nullable LocalDate publishedDate;\n",
                "    private @Nullable LocalDate publishedDate;\n\n    private @Nullable String isbn;\n"));

        Build uncovered = mvn("migrate:check");
        assertThat(uncovered.status()).as(uncovered.output()).isNotZero();
        assertThat(uncovered.output()).contains("BUILD FAILURE")
                .contains("[ERROR] Failed to execute goal " + GOAL + "check (default-cli) on project example-app:"
                        + " The entities have changes that no migration covers:" + nl() + "[ERROR]   - Add column isbn to book")
                .contains("[ERROR] Or with this plugin: mvn migrate:make" + nl());

        Build make = mvn("migrate:make", "-Dmigrate.name=book_isbn", "migrate:check");
        assertThat(make.status()).as(make.output()).isZero();
        Path written = app.resolve("src/main/resources/db/migrations/0005_book_isbn.xml");
        assertThat(make.output()).contains("Wrote migration 0005_book_isbn:").contains("    - Add column isbn to book")
                .contains("--- migrate:" + VERSION + ":check (default-cli) @ example-app ---" + nl() + "No changes detected");
        assertThat(written).exists();
        assertThat(Files.readString(written)).contains("<addColumn tableName=\"book\">").contains("name=\"isbn\"");

        Build noTarget = mvn("migrate:sql");
        assertThat(noTarget.status()).as(noTarget.output()).isNotZero();
        assertThat(noTarget.output()).contains("[ERROR] Failed to execute goal " + GOAL + "sql (default-cli) on project"
                + " example-app: sql needs the id of a migration: --migrate.target=ID, one of 0001_initial, ");
    }

    /** A copy of the example application's main sources and pom, and this build's modules in a repository. */
    private void prepare() throws IOException {
        deleteTree(app);
        deleteTree(work.resolve("logs"));
        deleteTree(repository.resolve("dev/migrate"));
        install("migrate-parent", ROOT.resolve("pom.xml"), null);
        for (String module : List.of("migrate-core", "migrate-spring-boot-autoconfigure", "migrate-spring-boot-starter",
                "migrate-maven-plugin")) {
            install(module, ROOT.resolve(module).resolve("pom.xml"), ROOT.resolve(module).resolve("target/classes"));
        }
        copyTree(ROOT.resolve("example-app/src/main"), app.resolve("src/main"));
        Files.copy(ROOT.resolve("example-app/pom.xml"), app.resolve("pom.xml"));
        // the top of this build: Maven looks no further up for a .mvn directory
        Files.createDirectories(app.resolve(".mvn"));
        Files.createDirectories(work.resolve("logs"));
    }

    /**
     * What {@code mvn install} would put in the repository: the pom, and the jar of the module's
     * classes (a jar is their zip), so that the test needs no package phase before it.
     */
    private void install(String artifactId, Path pom, Path classes) throws IOException {
        Path directory = repository.resolve("dev/migrate").resolve(artifactId).resolve(VERSION);
        Files.createDirectories(directory);
        Files.copy(pom, directory.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (classes == null) {
            return;
        }
        assertThat(classes).as("compiled by this build").isDirectory();
        try (ZipOutputStream jar = new ZipOutputStream(Files.newOutputStream(directory.resolve(artifactId + "-" + VERSION + ".jar")));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.sorted().filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }

    private Build mvn(String... arguments) throws Exception {
        boolean windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
        List<String> command = new ArrayList<>(List.of(
                Path.of(property("migrate.it.maven-home"), "bin", windows ? "mvn.cmd" : "mvn").toString(),
                "-B", "-ntp", "-Dstyle.color=never",
                "-Dmaven.repo.local=" + repository,
                "-Dmaven.repo.local.tail=" + property("migrate.it.local-repository")));
        command.addAll(List.of(arguments));
        Path log = work.resolve("logs").resolve(++builds + "-" + String.join("_", arguments).replaceAll("[^\\w.=-]", "_") + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", arguments) + " did not end in 5 minutes:\n" + Files.readString(log));
        }
        return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Build(int status, String output) {
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s in:%n%s", start, text).isNotNegative();
        int to = text.indexOf(end, from);
        assertThat(to).as("%s in:%n%s", end, text).isNotNegative();
        return text.substring(from, to);
    }

    private static String nl() {
        return System.lineSeparator();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s, which the build sets (run this test through Maven)", name).isNotBlank();
        return value;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
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
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
