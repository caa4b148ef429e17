package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counts of one run, their files, and the one summary of a build's modules. */
class DatabaseSuitesSummaryTest {

    private static final String POSTGRES_REASON = TestDatabases.noServer(DatabaseKind.POSTGRES);
    private static final String MARIADB_REASON = TestDatabases.noServer(DatabaseKind.MARIADB);

    @TempDir
    Path root;

    @Test
    void oneRunSaysWhatRanAndWhatDidNotAndWhy() {
        DatabaseSuites suites = new DatabaseSuites();
        suites.ran("", DatabaseKind.H2, 7);
        suites.didNotRun("", DatabaseKind.POSTGRES, POSTGRES_REASON, 3);
        suites.didNotRun("", DatabaseKind.POSTGRES, POSTGRES_REASON, 1);
        suites.didNotRun("", DatabaseKind.MARIADB, MARIADB_REASON, 4);

        assertThat(suites.format()).isEqualTo("""

                Database suites:
                  H2            7 ran
                  PostgreSQL    0 ran, 4 skipped
                                  No POSTGRES server: set MIGRATE_TEST_POSTGRES_URL (and MIGRATE_TEST_POSTGRES_USER, MIGRATE_TEST_POSTGRES_PASSWORD) or make a Docker engine available
                  MariaDB       0 ran, 4 skipped
                                  No MARIADB server: set MIGRATE_TEST_MARIADB_URL (and MIGRATE_TEST_MARIADB_USER, MIGRATE_TEST_MARIADB_PASSWORD) or make a Docker engine available
                  Skipped tests need a server: see README.md, "How tests find their databases".
                """);
    }

    @Test
    void everyDatabaseRanSaysNoMore() {
        DatabaseSuites suites = new DatabaseSuites();
        suites.ran("", DatabaseKind.H2, 2);
        suites.ran("", DatabaseKind.MARIADB, 1);

        assertThat(suites.format()).isEqualTo("\nDatabase suites:\n  H2            2 ran\n  MariaDB       1 ran\n");
    }

    @Test
    void theLastModuleThatCountsPrintsTheWholeBuild() throws Exception {
        Path core = module("migrate-core");
        Path plugin = module("migrate-maven-plugin");
        Path app = module("example-app");
        String reactor = reactor(core, plugin, app);

        BuildModules inCore = BuildModules.parse("1764248280123", reactor, core);
        BuildModules inApp = BuildModules.parse("1764248280123", reactor, app);
        assertThat(inCore.modules()).extracting(BuildModules.Module::name)
                .containsExactly("migrate-core", "migrate-maven-plugin", "example-app");
        assertThat(inCore.current().name()).isEqualTo("migrate-core");
        assertThat(inCore.lastToCount(directory -> !directory.equals(plugin))).isFalse();
        assertThat(inApp.lastToCount(directory -> !directory.equals(plugin))).isTrue();
        // a build of core and the plugin only: core is the last that counts
        assertThat(BuildModules.parse("1", reactor(core, plugin), core).lastToCount(d -> !d.equals(plugin))).isTrue();

        DatabaseSuites coreRun = new DatabaseSuites();
        coreRun.ran("", DatabaseKind.H2, 150);
        coreRun.ran("", DatabaseKind.POSTGRES, 3);
        coreRun.didNotRun("", DatabaseKind.POSTGRES, POSTGRES_REASON, 140);
        coreRun.didNotRun("", DatabaseKind.MARIADB, MARIADB_REASON, 143);
        coreRun.didNotRun("", DatabaseKind.MARIADB, "Aborted for another reason", 1);
        inCore.record(coreRun, "1-1");
        DatabaseSuites appRun = new DatabaseSuites();
        appRun.ran("", DatabaseKind.H2, 21);
        appRun.didNotRun("", DatabaseKind.POSTGRES, POSTGRES_REASON, 8);
        appRun.didNotRun("", DatabaseKind.MARIADB, MARIADB_REASON, 8);
        inApp.record(appRun, "2-2");

        assertThat(inApp.combined().format()).isEqualTo("""

                Database suites of migrate-core, example-app:
                  H2          171 ran (migrate-core 150, example-app 21)
                  PostgreSQL    3 ran (migrate-core 3), 148 skipped (migrate-core 140, example-app 8)
                                  No POSTGRES server: set MIGRATE_TEST_POSTGRES_URL (and MIGRATE_TEST_POSTGRES_USER, MIGRATE_TEST_POSTGRES_PASSWORD) or make a Docker engine available
                  MariaDB       0 ran, 152 skipped (migrate-core 144, example-app 8)
                                  151: No MARIADB server: set MIGRATE_TEST_MARIADB_URL (and MIGRATE_TEST_MARIADB_USER, MIGRATE_TEST_MARIADB_PASSWORD) or make a Docker engine available
                                  1: Aborted for another reason
                  Skipped tests need a server: see README.md, "How tests find their databases".
                """);
    }

    @Test
    void countsOfAnEarlierBuildAreLeftOutAndRemoved() throws Exception {
        Path core = module("migrate-core");
        Path app = module("example-app");
        DatabaseSuites earlier = new DatabaseSuites();
        earlier.ran("", DatabaseKind.H2, 99);
        BuildModules.parse("1000", reactor(core, app), core).record(earlier, "old");
        Path oldFile = core.resolve("target/database-suites/old.tsv");
        assertThat(oldFile).exists();

        DatabaseSuites now = new DatabaseSuites();
        now.ran("", DatabaseKind.H2, 5);
        BuildModules.parse("2000", reactor(core, app), app).record(now, "new");
        BuildModules inCore = BuildModules.parse("2000", reactor(core, app), core);
        assertThat(inCore.combined().format()).isEqualTo("\nDatabase suites:\n  H2            5 ran\n");
        inCore.record(new DatabaseSuites(), "nothing");
        assertThat(oldFile).doesNotExist();
        assertThat(core.resolve("target/database-suites/nothing.tsv")).doesNotExist();
    }

    @Test
    void aModuleWithTwoSurefireRunsPrintsTheSameSummaryOnce() throws Exception {
        Path app = module("example-app");
        BuildModules build = BuildModules.parse("3000", reactor(app), app);
        assertThat(build.firstToPrint("summary")).isTrue();
        assertThat(build.firstToPrint("summary")).isFalse();
        assertThat(build.firstToPrint("summary with more")).isTrue();
        assertThat(BuildModules.parse("3001", reactor(app), app).firstToPrint("summary with more")).isTrue();
    }

    @Test
    void withoutTheBuildsPropertiesThereIsNoBuild() {
        Path app = root.resolve("example-app");
        assertThat(BuildModules.parse(null, reactor(app), app)).isNull();
        assertThat(BuildModules.parse("${session.startTime.time}", reactor(app), app)).isNull();
        assertThat(BuildModules.parse("1", reactor(app), root.resolve("elsewhere"))).isNull();
    }

    /** This repository's modules: those with migrate-core's test jar or its listener count tests. */
    @Test
    void knowsWhichModulesOfThisRepositoryCountTests() {
        Path repository = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).getParent();
        assertThat(BuildModules.countsTests(repository.resolve("migrate-core"))).isTrue();
        assertThat(BuildModules.countsTests(repository.resolve("migrate-spring-boot-autoconfigure"))).isTrue();
        assertThat(BuildModules.countsTests(repository.resolve("example-app"))).isTrue();
        assertThat(BuildModules.countsTests(repository.resolve("migrate-spring-boot-starter"))).isFalse();
        assertThat(BuildModules.countsTests(repository.resolve("migrate-maven-plugin"))).isFalse();
    }

    private Path module(String name) throws Exception {
        return Files.createDirectories(root.resolve(name));
    }

    /** The reactor as the parent POM's {@code ${session.projects}} gives it. */
    private static String reactor(Path... modules) {
        return "modules " + List.of(modules).stream()
                .map(module -> "MavenProject: dev.migrate:" + module.getFileName() + ":0.1.0-SNAPSHOT @ "
                        + module.resolve("pom.xml"))
                .toList();
    }
}
