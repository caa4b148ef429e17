package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {

    @Test
    void followsDependenciesThenNumbers() {
        List<Migration> ordered = MigrationOrder.of(List.of(
                migration("0003_c", "0002_b"), migration("0001_a"), migration("0002_b", "0001_a")));
        assertThat(ordered).extracting(Migration::id).containsExactly("0001_a", "0002_b", "0003_c");
    }

    @Test
    void dependenciesWinOverNumbers() {
        List<Migration> ordered = MigrationOrder.of(List.of(migration("0001_a"), migration("0005_e", "0001_a"),
                migration("0002_b", "0005_e")));
        assertThat(ordered).extracting(Migration::id).containsExactly("0001_a", "0005_e", "0002_b");
    }

    @Test
    void acceptsAMergeMigration() {
        List<Migration> ordered = MigrationOrder.of(List.of(migration("0001_a"), migration("0002_b", "0001_a"),
                migration("0002_c", "0001_a"), migration("0003_merge", "0002_b", "0002_c")));
        assertThat(ordered).extracting(Migration::id).containsExactly("0001_a", "0002_b", "0002_c", "0003_merge");
    }

    @Test
    void rejectsTwoMigrationsFollowingTheSameParent() {
        assertThatThrownBy(() -> MigrationOrder.of(List.of(migration("0001_a"), migration("0002_b", "0001_a"),
                migration("0002_c", "0001_a"))))
                .isInstanceOf(MigrationLoadException.class)
                .hasMessageContaining("Conflicting migrations: src/0002_b.xml, src/0002_c.xml all follow 0001_a")
                .hasMessageEndingWith("--migrate.command=make --migrate.merge=true writes one");
    }

    @Test
    void mergeReadsTwoLatestMigrationsAndKeepsEveryOtherCheck() {
        assertThat(MigrationOrder.of(List.of(migration("0001_a"), migration("0002_c", "0001_a"),
                migration("0002_b", "0001_a")), true)).extracting(Migration::id)
                .containsExactly("0001_a", "0002_b", "0002_c");
        assertThatThrownBy(() -> MigrationOrder.of(List.of(migration("0001_a"), migration("0001_b")), true))
                .hasMessageContaining("all start the history");
    }

    @Test
    void rejectsAMissingDependency() {
        assertThatThrownBy(() -> MigrationOrder.of(List.of(migration("0001_a"), migration("0002_b", "0001_x"))))
                .isInstanceOf(MigrationLoadException.class)
                .hasMessage("Migration src/0002_b.xml depends on 0001_x, which is not among the migration files");
    }

    @Test
    void rejectsTwoStartingPoints() {
        assertThatThrownBy(() -> MigrationOrder.of(List.of(migration("0001_a"), migration("0001_b"))))
                .hasMessageContaining("all start the history");
    }

    @Test
    void rejectsACircle() {
        assertThatThrownBy(() -> MigrationOrder.of(List.of(migration("0001_a"), migration("0002_b", "0001_a", "0003_c"),
                migration("0003_c", "0002_b")))).hasMessageContaining("circle");
    }

    @Test
    void aHistoryInOneLineKeepsItsOrder() {
        List<Migration> line = List.of(migration("0001_a"), migration("0002_b", "0001_a"), migration("0003_c", "0002_b"));
        assertThat(MigrationOrder.of(line)).containsExactlyElementsOf(line);
        assertThat(MigrationOrder.of(List.of())).isEmpty();
    }

    /** The line's shortcut against the graph: same order, or the same error, for any history. */
    @Test
    void anyHistoryGetsTheGraphsOrderAndErrors() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            List<Migration> history = randomHistory(random);
            for (boolean severalLatest : new boolean[] {false, true}) {
                Object expected = outcome(() -> MigrationOrder.ordered(history, severalLatest));
                Object actual = outcome(() -> MigrationOrder.of(history, severalLatest));
                assertThat(actual).as("%s", history).isEqualTo(expected);
            }
        }
    }

    /**
     * A line of up to 12 migrations, sometimes listed out of order, sometimes with one dependency
     * changed, numbered from 0 or 1 and sometimes with a gap or a number used twice (which the
     * shortcut that places a listing by its numbers must leave to the graph).
     */
    private static List<Migration> randomHistory(Random random) {
        int size = random.nextInt(13);
        int first = random.nextInt(2);
        int gapAt = random.nextInt(4) == 0 && size > 1 ? 1 + random.nextInt(size - 1) : -1;
        int repeatAt = random.nextInt(4) == 0 && size > 1 ? 1 + random.nextInt(size - 1) : -1;
        List<String> ids = new ArrayList<>();
        int number = first;
        for (int i = 0; i < size; i++) {
            if (i == gapAt) {
                number++;
            }
            ids.add(String.format("%04d_m%d", i == repeatAt ? number - 1 : number, i));
            number++;
        }
        List<Migration> history = new ArrayList<>();
        int bent = random.nextBoolean() && size > 0 ? random.nextInt(size) : -1;
        for (int i = 0; i < size; i++) {
            List<String> parents = i == 0 ? List.of() : List.of(ids.get(i - 1));
            if (i == bent) {
                parents = switch (random.nextInt(4)) {
                    case 0 -> List.of();
                    case 1 -> List.of(ids.get(random.nextInt(size)));
                    case 2 -> List.of("9999_missing");
                    default -> i == 0 ? List.of(ids.get(size - 1)) : List.of(ids.get(i - 1), ids.get(random.nextInt(size)));
                };
            }
            history.add(migration(ids.get(i), parents.toArray(String[]::new)));
        }
        if (random.nextInt(3) == 0) {
            Collections.shuffle(history, random);
        }
        return history;
    }

    private static Object outcome(Supplier<List<Migration>> order) {
        try {
            return order.get().stream().map(Migration::id).toList();
        } catch (MigrationLoadException e) {
            return e.getMessage();
        }
    }

    private static Migration migration(String id, String... dependsOn) {
        return new Migration(id, Long.parseLong(id.substring(0, 4)), List.of(dependsOn), List.of(), "x",
                "src/" + id + ".xml");
    }
}
