package dev.migrate.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell helpers the benchmark scripts source ({@code migrate-core/benchmark/}), run by bash as the
 * scripts run them: the order of the rounds, the intervals of what a variant adds, and the Boot
 * benchmarks' results read and pooled.
 */
class BenchmarkScriptsTest {

    private static final Path SCRIPTS = Path.of("benchmark").toAbsolutePath();

    @Test
    void everyVariantRunsInEveryPlaceAndAfterEveryOtherEquallyOftenOverTheBalancedRounds() throws Exception {
        for (int variants = 2; variants <= 5; variants++) {
            int rounds = Integer.parseInt(bash("williams-order.sh", "williams_rounds " + variants, "").trim());
            assertThat(rounds).isEqualTo(variants % 2 == 0 ? variants : 2 * variants);
            Map<String, Integer> places = new HashMap<>();
            Map<String, Integer> followers = new HashMap<>();
            for (int round = 1; round <= rounds; round++) {
                int[] order = Arrays.stream(bash("williams-order.sh", "williams_order " + variants + " " + round, "")
                        .trim().split(" ")).mapToInt(Integer::parseInt).toArray();
                assertThat(order).as("round %d of %d variants", round, variants).hasSize(variants);
                assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(range(variants));
                for (int place = 0; place < variants; place++) {
                    places.merge(order[place] + " in " + place, 1, Integer::sum);
                    if (place > 0) {
                        followers.merge(order[place] + " after " + order[place - 1], 1, Integer::sum);
                    }
                }
            }
            int timesEach = rounds / variants;
            assertThat(places).as("%d variants", variants).hasSize(variants * variants)
                    .allSatisfy((place, times) -> assertThat(times).isEqualTo(timesEach));
            assertThat(followers).as("%d variants", variants).hasSize(variants * (variants - 1))
                    .allSatisfy((pair, times) -> assertThat(times).isEqualTo(timesEach));
        }
    }

    @Test
    void aVariantThatAddsTheSameInEveryRoundHasThatAsItsWholeInterval() throws Exception {
        String rounds = "9100 9000\n12400 12300\n9900 9800\n10700 10600\n8800 8700\n11100 11000\n";

        assertThat(interval(rounds)).containsExactly(100, 100, 100, 100);
    }

    @Test
    void theIntervalHoldsTheEstimateAndComesOutTheSameEveryTime() throws Exception {
        List<String> lines = new ArrayList<>();
        int[] added = {-400, 250, 90, 1300, 180, -60, 310, 700, 40, 220};
        for (int round = 0; round < added.length; round++) {
            int baseline = 9000 + 450 * (round % 4);
            lines.add((baseline + added[round]) + " " + baseline);
        }
        String rounds = String.join("\n", lines) + "\n";

        int[] interval = interval(rounds);

        int medianOfRounds = 200; // the middle of -400 -60 40 90 180 | 220 250 310 700 1300
        assertThat(interval[2]).isLessThan(medianOfRounds);
        assertThat(interval[3]).isGreaterThan(medianOfRounds);
        assertThat(interval[0]).isLessThanOrEqualTo(interval[1]);
        assertThat(interval[2]).isGreaterThanOrEqualTo(-400);
        assertThat(interval[3]).isLessThanOrEqualTo(1300);
        assertThat(interval(rounds)).containsExactly(interval);
    }

    @Test
    void noRoundsGiveNoInterval() throws Exception {
        Run run = run("bootstrap-interval.sh", "bootstrap_added", "");

        assertThat(run.exitValue()).isNotZero();
        assertThat(run.output()).isEqualTo("bootstrap_added: no rounds to resample\n");
    }

    @Test
    void readsTheStartsFromTheResultsOfBothBootBenchmarks(@TempDir Path directory) throws Exception {
        Path project = Files.writeString(directory.resolve("project.txt"), """
                timing 2 rounds of none migrate
                1 none ready_ms=5343 cpu_ms=10060 entities=500 classes=15827
                1 migrate ready_ms=5529 cpu_ms=10300 entities=500 classes=15963
                N=500 entities and migrations, 2 rounds; medians in ms
                """);
        Path harness = Files.writeString(directory.resolve("results.txt"), """
                variant=none n=500 ready_ms=5700 started_s=5.448 cpu_ms=10720 classes=15982 load1=2.22 rep=1
                variant=migrate n=500 ready_ms=5933 started_s=5.668 cpu_ms=11160 classes=16156 load1=2.36 rep=1
                """);

        assertThat(bash("boot-results.sh", "boot_starts " + project + " " + harness, "")).isEqualTo("""
                1:1 none 5343 10060
                1:1 migrate 5529 10300
                2:1 none 5700 10720
                2:1 migrate 5933 11160
                """);
    }

    @Test
    void poolsRunsPairingEachStartWithTheBaselineOfItsOwnRoundOfItsOwnRun(@TempDir Path directory) throws Exception {
        // a fast run and a slow one: migrate adds 100 ms in each round of the first and 300 in the second
        Path fast = Files.writeString(directory.resolve("fast.txt"), """
                1 none ready_ms=1000 cpu_ms=1
                1 migrate ready_ms=1100 cpu_ms=1
                2 migrate ready_ms=1110 cpu_ms=1
                2 none ready_ms=1010 cpu_ms=1
                3 migrate ready_ms=9999 cpu_ms=1
                """);
        Path slow = Files.writeString(directory.resolve("slow.txt"), """
                variant=none ready_ms=2000 cpu_ms=2 rep=1
                variant=migrate ready_ms=2300 cpu_ms=2 rep=1
                variant=migrate ready_ms=2310 cpu_ms=2 rep=2
                variant=none ready_ms=2010 cpu_ms=2 rep=2
                """);

        List<String> lines = bash("boot-results.sh", "source " + SCRIPTS.resolve("bootstrap-interval.sh")
                + " && boot_summary none " + fast + " " + slow, "").lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("none +4 starts +ready +1505 +cpu +1\\.5");
        // round 3 of the fast run has no start without a tool: its start counts for the median, not the pairs
        assertThat(lines.get(1)).matches("migrate +5 starts +ready +2300 +cpu +1 .*")
                .contains("added over none in 4 rounds: +200 [").contains("(medians), +200 [");
    }

    @Test
    void aSummaryNeedsStartsOfTheBaseline(@TempDir Path directory) throws Exception {
        Path results = Files.writeString(directory.resolve("results.txt"), "1 migrate ready_ms=1100 cpu_ms=1\n");

        Run run = run("boot-results.sh", "source " + SCRIPTS.resolve("bootstrap-interval.sh")
                + " && boot_summary none " + results, "");

        assertThat(run.exitValue()).isNotZero();
        assertThat(run.output()).isEqualTo("boot_summary: no start of none in " + results + "\n");
    }

    private static int[] interval(String rounds) throws Exception {
        String[] fields = bash("bootstrap-interval.sh", "bootstrap_added 500", rounds).trim().split(" ");
        assertThat(fields).hasSize(4);
        return Arrays.stream(fields).mapToInt(Integer::parseInt).toArray();
    }

    private static int[] range(int size) {
        int[] values = new int[size];
        Arrays.setAll(values, i -> i);
        return values;
    }

    /** Sources the script and runs the command with this input, as the benchmark scripts do; it must succeed. */
    private static String bash(String script, String command, String input) throws IOException, InterruptedException {
        Run run = run(script, command, input);
        assertThat(run.exitValue()).as(run.output()).isZero();
        return run.output();
    }

    private record Run(int exitValue, String output) {
    }

    private static Run run(String script, String command, String input) throws IOException, InterruptedException {
        Path sourced = SCRIPTS.resolve(script);
        assertThat(sourced).exists();
        Process process = new ProcessBuilder("bash", "-c", "source \"$0\" && " + command, sourced.toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
