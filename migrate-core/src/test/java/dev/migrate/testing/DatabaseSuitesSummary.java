package dev.migrate.testing;

import java.io.IOException;
import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints which database suites ran and which did not and why (the variable to set), so that a run
 * without PostgreSQL or MariaDB does not look like a full one. A test whose database could not be
 * had is aborted (an assumption), and counts here as not run; so does each test of a class whose
 * {@code @BeforeAll} was aborted, which Surefire reports as {@code Tests run: 0}.
 * <p>
 * In a Maven build (the parent POM gives Surefire the build's id and modules, {@link BuildModules})
 * each run writes its counts under its module's {@code target/database-suites}, and the last
 * module of the build whose tests run this listener prints one summary for the whole build; so
 * does a module with a failed test, as the build stops there. Elsewhere (an IDE) each run prints
 * its own. Registered through {@code META-INF/services}.
 */
public final class DatabaseSuitesSummary implements TestExecutionListener {

    private final DatabaseSuites suites = new DatabaseSuites();
    private TestPlan plan;
    private boolean failed;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        kindOf(test).ifPresent(kind -> count(kind, reason, testsIn(test)));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            failed = true;
        }
        if (!test.isTest()) {
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                // a class whose @BeforeAll found no database: each of its tests did not run
                kindOf(test).ifPresent(kind -> count(kind, reason(result), testsIn(test)));
            }
            return;
        }
        kindOf(test).ifPresent(kind -> {
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                count(kind, reason(result), 1);
            } else {
                suites.ran("", kind, 1);
            }
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        BuildModules build = BuildModules.fromSystemProperties();
        if (build == null) {
            if (!suites.isEmpty()) {
                System.out.print(suites.format());
            }
            return;
        }
        try {
            build.record(suites, ProcessHandle.current().pid() + "-" + System.currentTimeMillis());
            if (!build.lastToCount(BuildModules::countsTests) && !failed) {
                return; // a later module prints the summary of the build
            }
            DatabaseSuites all = build.combined();
            String text = all.format();
            if (!all.isEmpty() && build.firstToPrint(text)) {
                System.out.print(text);
            }
        } catch (IOException | RuntimeException e) {
            if (!suites.isEmpty()) {
                System.out.print(suites.format() + "(this module's tests only: " + e + ")\n");
            }
        }
    }

    /**
     * Counts tests that did not run under the database their reason names, if it names one: a test
     * of every database (ZooAcrossDatabasesTest) may be named for PostgreSQL and stopped by MariaDB.
     */
    private void count(DatabaseKind kind, String reason, int tests) {
        String text = reason == null ? "skipped" : reason;
        DatabaseKind named = text.contains("MIGRATE_TEST_POSTGRES_") ? DatabaseKind.POSTGRES
                : text.contains("MIGRATE_TEST_MARIADB_") ? DatabaseKind.MARIADB : kind;
        suites.didNotRun("", named, text, tests);
    }

    /**
     * How many tests a skipped or aborted node stands for: itself, or the tests known under it (at
     * least one, as a class whose tests are made by a factory that never ran has none known yet).
     */
    private int testsIn(TestIdentifier test) {
        if (test.isTest() || plan == null) {
            return 1;
        }
        long tests = plan.getDescendants(test).stream().filter(TestIdentifier::isTest).count();
        return (int) Math.max(1, tests);
    }

    private static String reason(TestExecutionResult result) {
        return result.getThrowable().map(Throwable::getMessage).orElse("aborted")
                .replaceFirst("^Assumption failed: ", "");
    }

    private static java.util.Optional<DatabaseKind> kindOf(TestIdentifier test) {
        String className = test.getSource().map(source -> source instanceof MethodSource method ? method.getClassName()
                : source instanceof ClassSource type ? type.getClassName() : "").orElse("");
        String name = className + " " + test.getDisplayName().toUpperCase(Locale.ROOT);
        if (className.endsWith("PostgresTest") || name.matches(".*\\bPOSTGRES\\b.*")) {
            return java.util.Optional.of(DatabaseKind.POSTGRES);
        }
        if (className.endsWith("MariaDbTest") || name.matches(".*\\bMARIADB\\b.*")) {
            return java.util.Optional.of(DatabaseKind.MARIADB);
        }
        if (className.endsWith("H2Test") || name.matches(".*\\bH2\\b.*")) {
            return java.util.Optional.of(DatabaseKind.H2);
        }
        return java.util.Optional.empty();
    }
}
