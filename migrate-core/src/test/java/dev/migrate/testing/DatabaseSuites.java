package dev.migrate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How many tests of each database ran, and how many did not and why, per module: what
 * {@link DatabaseSuitesSummary} counts in one test run, writes to its module's {@code target}, and
 * combines across the modules of a build into the summary it prints.
 */
final class DatabaseSuites {

    /** Tests of one module and database that ran (no reason) or did not run, and why. */
    record Count(String module, DatabaseKind kind, String reason, int tests) {

        boolean ran() {
            return reason == null;
        }
    }

    private final List<Count> counts = new ArrayList<>();

    void ran(String module, DatabaseKind kind, int tests) {
        add(new Count(module, kind, null, tests));
    }

    void didNotRun(String module, DatabaseKind kind, String reason, int tests) {
        add(new Count(module, kind, reason == null ? "skipped" : reason, tests));
    }

    void addAll(DatabaseSuites other) {
        other.counts.forEach(this::add);
    }

    private void add(Count added) {
        for (int i = 0; i < counts.size(); i++) {
            Count count = counts.get(i);
            if (count.module().equals(added.module()) && count.kind() == added.kind()
                    && Objects.equals(count.reason(), added.reason())) {
                counts.set(i, new Count(count.module(), count.kind(), count.reason(), count.tests() + added.tests()));
                return;
            }
        }
        counts.add(added);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    List<Count> counts() {
        return List.copyOf(counts);
    }

    /** Writes the counts (without the module, which is the file's place) under the build's id. */
    void write(Path file, String build) throws IOException {
        StringBuilder text = new StringBuilder("build\t").append(oneLine(build)).append('\n');
        for (Count count : counts) {
            text.append(count.kind()).append('\t').append(count.tests()).append('\t')
                    .append(count.ran() ? "" : oneLine(count.reason())).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The counts a file holds for the module, or none when another build (or nothing) wrote it. */
    static DatabaseSuites read(Path file, String build, String module) throws IOException {
        DatabaseSuites suites = new DatabaseSuites();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("build\t" + oneLine(build))) {
            return suites;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", 3);
            if (fields.length < 2) {
                continue;
            }
            DatabaseKind kind = DatabaseKind.valueOf(fields[0]);
            int tests = Integer.parseInt(fields[1]);
            if (fields.length < 3 || fields[2].isEmpty()) {
                suites.ran(module, kind, tests);
            } else {
                suites.didNotRun(module, kind, fields[2], tests);
            }
        }
        return suites;
    }

    /**
     * The summary: per database, how many tests ran and how many did not, and each reason (which
     * names the variable to set). Broken down per module when more than one module counted tests.
     */
    String format() {
        Set<String> modules = new LinkedHashSet<>();
        counts.forEach(count -> modules.add(count.module()));
        boolean perModule = modules.size() > 1;
        StringBuilder text = new StringBuilder("\nDatabase suites");
        text.append(perModule ? " of " + String.join(", ", modules) + ":\n" : ":\n");
        boolean anySkipped = false;
        for (DatabaseKind kind : DatabaseKind.values()) {
            int ran = sum(kind, Count::ran);
            int skipped = sum(kind, count -> !count.ran());
            if (ran == 0 && skipped == 0) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "  %-10s %4d ran", label(kind), ran));
            if (perModule && ran > 0) {
                text.append(byModule(kind, Count::ran));
            }
            if (skipped > 0) {
                anySkipped = true;
                text.append(", ").append(skipped).append(" skipped");
                if (perModule) {
                    text.append(byModule(kind, count -> !count.ran()));
                }
                Map<String, Integer> reasons = new LinkedHashMap<>();
                counts.stream().filter(count -> count.kind() == kind && !count.ran())
                        .forEach(count -> reasons.merge(count.reason(), count.tests(), Integer::sum));
                for (Map.Entry<String, Integer> reason : reasons.entrySet()) {
                    text.append("\n").append(" ".repeat(18));
                    if (reasons.size() > 1) {
                        text.append(reason.getValue()).append(": ");
                    }
                    text.append(reason.getKey());
                }
            }
            text.append('\n');
        }
        if (anySkipped) {
            text.append("  Skipped tests need a server: see README.md, \"How tests find their databases\".\n");
        }
        return text.toString();
    }

    private int sum(DatabaseKind kind, Predicate<Count> which) {
        return counts.stream().filter(count -> count.kind() == kind && which.test(count)).mapToInt(Count::tests).sum();
    }

    private String byModule(DatabaseKind kind, Predicate<Count> which) {
        Map<String, Integer> tests = new LinkedHashMap<>();
        counts.stream().filter(count -> count.kind() == kind && which.test(count))
                .forEach(count -> tests.merge(count.module(), count.tests(), Integer::sum));
        List<String> parts = new ArrayList<>();
        tests.forEach((module, count) -> parts.add(module + " " + count));
        return " (" + String.join(", ", parts) + ")";
    }

    static String label(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> "H2";
            case POSTGRES -> "PostgreSQL";
            case MARIADB -> "MariaDB";
        };
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
