package dev.migrate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Maven build that runs the tests: its id and its modules in the order it builds them, from
 * the system properties the parent POM gives Surefire ({@code migrate.test.build}, the session's
 * start, and {@code migrate.test.reactor}, the session's projects as Maven prints them:
 * {@code [MavenProject: g:a:v @ /path/pom.xml, ...]}), and the module whose tests run
 * ({@code basedir}). Outside such a build (an IDE) there is none.
 */
final class BuildModules {

    static final String BUILD_PROPERTY = "migrate.test.build";
    static final String REACTOR_PROPERTY = "migrate.test.reactor";

    private static final Pattern PROJECT = Pattern.compile("MavenProject: [^:\\s]+:([^:\\s]+):\\S+ @ (.+?)(?=, MavenProject: |]\\s*$)");
    private static final Pattern CORE_TEST_JAR = Pattern.compile(
            "<artifactId>migrate-core</artifactId>\\s*(?:<version>[^<]*</version>\\s*)?<type>test-jar</type>");
    private static final String LISTENERS = "src/test/resources/META-INF/services/org.junit.platform.launcher.TestExecutionListener";

    /** A module of the build: its artifact id and directory. */
    record Module(String name, Path directory) {

        /** Where the runs of {@link DatabaseSuitesSummary} in this module write their counts. */
        Path countsDirectory() {
            return directory.resolve("target").resolve("database-suites");
        }
    }

    private final String build;
    private final List<Module> modules;
    private final Module current;

    private BuildModules(String build, List<Module> modules, Module current) {
        this.build = build;
        this.modules = modules;
        this.current = current;
    }

    /** The build these tests run in, or null outside a Maven build that says which. */
    static BuildModules fromSystemProperties() {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return parse(System.getProperty(BUILD_PROPERTY), System.getProperty(REACTOR_PROPERTY),
                basedir == null ? null : Path.of(basedir));
    }

    static BuildModules parse(String build, String reactor, Path basedir) {
        if (build == null || reactor == null || basedir == null || build.contains("${") || reactor.contains("${")) {
            return null;
        }
        List<Module> modules = new ArrayList<>();
        Matcher matcher = PROJECT.matcher(reactor);
        while (matcher.find()) {
            Path pom = Path.of(matcher.group(2)).toAbsolutePath().normalize();
            modules.add(new Module(matcher.group(1), pom.getParent()));
        }
        Path here = basedir.toAbsolutePath().normalize();
        Module current = modules.stream().filter(module -> module.directory().equals(here)).findFirst().orElse(null);
        return current == null ? null : new BuildModules(build, List.copyOf(modules), current);
    }

    String build() {
        return build;
    }

    List<Module> modules() {
        return modules;
    }

    Module current() {
        return current;
    }

    /**
     * Whether no module after this one runs {@link DatabaseSuitesSummary}, so that this one
     * prints the summary of the build.
     */
    boolean lastToCount(Predicate<Path> countsTests) {
        List<Module> later = modules.subList(modules.indexOf(current) + 1, modules.size());
        return later.stream().noneMatch(module -> countsTests.test(module.directory()));
    }

    /**
     * Whether a module's tests run {@link DatabaseSuitesSummary}: it has tests and registers it (as
     * migrate-core does) or tests with migrate-core's test jar, where it is registered.
     */
    static boolean countsTests(Path module) {
        if (!Files.isDirectory(module.resolve("src/test/java"))) {
            return false;
        }
        try {
            Path listeners = module.resolve(LISTENERS);
            if (Files.isRegularFile(listeners)
                    && Files.readString(listeners, StandardCharsets.UTF_8).contains(DatabaseSuitesSummary.class.getName())) {
                return true;
            }
            Path pom = module.resolve("pom.xml");
            return Files.isRegularFile(pom) && CORE_TEST_JAR.matcher(Files.readString(pom, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return true; // when in doubt, leave the summary to a later module rather than print two
        }
    }

    /** Writes this run's counts in the current module, and removes those of earlier builds there. */
    void record(DatabaseSuites suites, String run) throws IOException {
        Path directory = current.countsDirectory();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tsv")).toList()) {
                    if (DatabaseSuites.read(file, build, current.name()).isEmpty()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
        if (!suites.isEmpty()) {
            suites.write(directory.resolve(run + ".tsv"), build);
        }
    }

    /** The counts of this build in every module so far, in the build's order. */
    DatabaseSuites combined() throws IOException {
        DatabaseSuites all = new DatabaseSuites();
        for (Module module : modules) {
            Path directory = module.countsDirectory();
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
                    all.addAll(DatabaseSuites.read(file, build, module.name()));
                }
            }
        }
        return all;
    }

    /**
     * Whether this text is not yet printed in this build by the current module (a module with two
     * Surefire executions would otherwise print the same summary twice); remembers it.
     */
    boolean firstToPrint(String text) throws IOException {
        Path printed = current.countsDirectory().resolve("printed.txt");
        String content = "build " + build + "\n" + text;
        if (Files.isRegularFile(printed) && Files.readString(printed, StandardCharsets.UTF_8).equals(content)) {
            return false;
        }
        Files.createDirectories(printed.getParent());
        Files.writeString(printed, content, StandardCharsets.UTF_8);
        return true;
    }
}
