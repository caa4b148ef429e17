package dev.migrate.testing;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of a test run, which database suites ran and which did not and why (the
 * variable to set), so that a run without PostgreSQL or MariaDB does not look like a full one. A
 * test whose database could not be had is aborted (an assumption), and counts here as not run; so
 * does each test of a class whose {@code @BeforeAll} was aborted, which Surefire reports as
 * {@code Tests run: 0}.
 * Registered through {@code META-INF/services}.
 */
public final class DatabaseSuitesSummary implements TestExecutionListener {

    private final Map<DatabaseKind, Integer> ran = new EnumMap<>(DatabaseKind.class);
    private TestPlan plan;
    private final Map<DatabaseKind, Map<String, Integer>> notRun = new EnumMap<>(DatabaseKind.class);

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
                ran.merge(kind, 1, Integer::sum);
            }
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (ran.isEmpty() && notRun.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("\nDatabase suites:\n");
        for (DatabaseKind kind : DatabaseKind.values()) {
            int count = ran.getOrDefault(kind, 0);
            Map<String, Integer> reasons = notRun.getOrDefault(kind, Map.of());
            if (count == 0 && reasons.isEmpty()) {
                continue;
            }
            String label = switch (kind) {
                case H2 -> "H2";
                case POSTGRES -> "PostgreSQL";
                case MARIADB -> "MariaDB";
            };
            text.append(String.format(Locale.ROOT, "  %-10s %d ran", label, count));
            int missed = reasons.values().stream().mapToInt(Integer::intValue).sum();
            if (missed > 0) {
                text.append(", ").append(missed).append(" did not run: ").append(String.join("; ", reasons.keySet()));
            }
            text.append('\n');
        }
        System.out.print(text);
    }

    /**
     * Counts tests that did not run under the database their reason names, if it names one: a test
     * of every database (ZooAcrossDatabasesTest) may be named for PostgreSQL and stopped by MariaDB.
     */
    private void count(DatabaseKind kind, String reason, int tests) {
        String text = reason == null ? "skipped" : reason;
        DatabaseKind named = text.contains("MIGRATE_TEST_POSTGRES_") ? DatabaseKind.POSTGRES
                : text.contains("MIGRATE_TEST_MARIADB_") ? DatabaseKind.MARIADB : kind;
        notRun.computeIfAbsent(named, k -> new TreeMap<>()).merge(text, tests, Integer::sum);
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
