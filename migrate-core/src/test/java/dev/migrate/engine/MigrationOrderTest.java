package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    private static Migration migration(String id, String... dependsOn) {
        return new Migration(id, Long.parseLong(id.substring(0, 4)), List.of(dependsOn), List.of(), "x",
                "src/" + id + ".xml");
    }
}
