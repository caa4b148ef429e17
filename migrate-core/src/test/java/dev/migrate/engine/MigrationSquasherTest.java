package dev.migrate.engine;

import static dev.migrate.engine.SquashFixtures.FIRST;
import static dev.migrate.engine.SquashFixtures.FOURTH;
import static dev.migrate.engine.SquashFixtures.SECOND;
import static dev.migrate.engine.SquashFixtures.SQUASHED;
import static dev.migrate.engine.SquashFixtures.THIRD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.history.HistoryRow;
import dev.migrate.operation.SqlOperation;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationHeader;
import dev.migrate.xml.MigrationReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** squashmigrations on real files, and how the loader and a history see the squashed migration. */
class MigrationSquasherTest {

    @TempDir
    Path directory;

    @BeforeEach
    void writeFour() throws Exception {
        SquashFixtures.writeAll(directory);
    }

    @Test
    void squashesTheRangeIntoOneOptimizedMigrationThatListsWhatItReplaces() throws Exception {
        List<Migration> before = SquashFixtures.load(directory);
        SquashResult result = SquashFixtures.squash(directory, null, THIRD, null);

        assertThat(result.id()).isEqualTo(SQUASHED);
        assertThat(result.file()).isEqualTo(directory.resolve(SQUASHED + ".xml"));
        assertThat(result.replaces()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(result.dependsOn()).isEmpty();
        assertThat(result.operationsBefore()).isEqualTo(12);
        assertThat(result.operationsAfter()).isLessThan(result.operationsBefore());
        assertThat(result.report()).contains("Squashed 3 migrations").contains("--migrate.prune=true");

        String xml = Files.readString(result.file());
        assertThat(xml).contains("<replaces>0001_library</replaces>").contains("<replaces>0002_book_edition</replaces>")
                .contains("<replaces>0003_edition_bigint</replaces>").doesNotContain("ix_book_edition");
        MigrationDocument document = new MigrationReader().read(Files.newInputStream(result.file()), "squashed");
        assertThat(document.replaces()).containsExactly(FIRST, SECOND, THIRD);
        MigrationHeader.Head head = MigrationHeader.head(Files.readAllBytes(result.file()), () -> "squashed");
        assertThat(head.replaces()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(head.dependsOn()).isEmpty();

        // the loader puts the squashed migration in the place of the three; 0004 follows it
        List<Migration> after = SquashFixtures.load(directory);
        assertThat(after).extracting(Migration::id).containsExactly(SQUASHED, FOURTH);
        assertThat(after.get(0).replaced()).extracting(Migration::id).containsExactly(FIRST, SECOND, THIRD);
        assertThat(after.get(1).dependsOn()).containsExactly(SQUASHED);
        assertThat(after.get(1).checksum()).isEqualTo(before.get(3).checksum());
        assertThat(SchemaReplay.of(after)).isEqualTo(SchemaReplay.of(before));
    }

    @Test
    void aRangeInTheMiddleDependsOnWhatItsFirstMigrationDependedOn() throws Exception {
        SquashResult result = SquashFixtures.squash(directory, SECOND, FOURTH, "edition_and_born");
        assertThat(result.id()).isEqualTo("0002_edition_and_born");
        assertThat(result.dependsOn()).containsExactly(FIRST);
        assertThat(SquashFixtures.load(directory)).extracting(Migration::id).containsExactly(FIRST,
                "0002_edition_and_born");
    }

    @Test
    void refusesWhatCannotBeSquashed() throws Exception {
        assertThatThrownBy(() -> SquashFixtures.squash(directory, null, "0009_nothing", null))
                .isInstanceOf(MigrationStateException.class).hasMessageContaining("0009_nothing is not among");
        assertThatThrownBy(() -> SquashFixtures.squash(directory, THIRD, SECOND, null))
                .isInstanceOf(MigrationStateException.class).hasMessageContaining("does not follow " + THIRD);
        assertThatThrownBy(() -> SquashFixtures.squash(directory, null, FIRST, null))
                .isInstanceOf(MigrationStateException.class).hasMessageContaining("Nothing to squash");
        assertThatThrownBy(() -> SquashFixtures.squash(directory, null, null, null))
                .isInstanceOf(MigrationStateException.class).hasMessageContaining("--migrate.target");

        // a merge migration in the range
        Files.delete(directory.resolve(FOURTH + ".xml"));
        SquashFixtures.write(directory, "0003_author_born", List.of(SECOND), SquashFixtures.BORN);
        SquashFixtures.write(directory, "0004_merge", List.of(THIRD, "0003_author_born"), List.of());
        SquashFixtures.write(directory, "0005_sql", List.of("0004_merge"),
                List.of(new SqlOperation(List.of("update book set edition = 1"), List.of())));
        assertThatThrownBy(() -> SquashFixtures.squash(directory, null, "0005_sql", null))
                .isInstanceOf(MigrationStateException.class).hasMessageContaining("not linear")
                .hasMessageContaining("0004_merge merges");
        // after the merge, a range is fine
        assertThat(SquashFixtures.squash(directory, "0002_book_edition", THIRD, null).replaces())
                .containsExactly(SECOND, THIRD);
        // the branch that followed 0002 now follows the squashed migration
        List<Migration> loaded = SquashFixtures.load(directory);
        assertThat(loaded.stream().filter(m -> m.id().equals("0003_author_born")).findFirst().orElseThrow().dependsOn())
                .containsExactly("0002_squashed_0003_edition_bigint");
    }

    @Test
    void aHistoryDecidesWhetherTheSquashedMigrationOrTheReplacedOnesRun() throws Exception {
        SquashFixtures.squash(directory, null, THIRD, null);
        List<Migration> migrations = SquashFixtures.load(directory);

        Squashes.Resolution fresh = Squashes.resolve(migrations, Map.of(), "h");
        assertThat(fresh.migrations()).extracting(Migration::id).containsExactly(SQUASHED, FOURTH);

        Squashes.Resolution all = Squashes.resolve(migrations, rows(FIRST, SECOND, THIRD), "h");
        assertThat(all.migrations()).extracting(Migration::id).containsExactly(SQUASHED, FOURTH);
        assertThat(all.rows()).containsKey(SQUASHED);
        assertThat(MigrationPlanner.pending(all.migrations(), all.rows(), null)).extracting(Migration::id)
                .containsExactly(FOURTH);

        Squashes.Resolution partWay = Squashes.resolve(migrations, rows(FIRST), "h");
        assertThat(partWay.migrations()).extracting(Migration::id).containsExactly(FIRST, SECOND, THIRD, FOURTH);
        assertThat(MigrationPlanner.pending(partWay.migrations(), partWay.rows(), null)).extracting(Migration::id)
                .containsExactly(SECOND, THIRD, FOURTH);

        assertThatThrownBy(() -> Squashes.resolve(migrations, rows(SQUASHED, FIRST), "h"))
                .isInstanceOf(MigrationStateException.class).hasMessageContaining("inconsistent")
                .hasMessageContaining("not " + SECOND + ", " + THIRD);

        // the old files gone: part-way cannot finish, the rest is decided by the rows alone
        SquashFixtures.deleteReplaced(directory);
        List<Migration> squashedOnly = SquashFixtures.load(directory);
        assertThat(squashedOnly.get(0).replaced()).isEmpty();
        assertThatThrownBy(() -> Squashes.resolve(squashedOnly, rows(FIRST), "h"))
                .isInstanceOf(MigrationStateException.class).hasMessageContaining("Restore those files");
        assertThat(Squashes.resolve(squashedOnly, rows(FIRST, SECOND, THIRD), "h").rows()).containsKey(SQUASHED);
        assertThat(Squashes.prunable(squashedOnly, rows(SQUASHED, FIRST, SECOND, THIRD)))
                .containsExactly(FIRST, SECOND, THIRD);
        assertThat(Squashes.prunable(squashedOnly, rows(FIRST, SECOND, THIRD))).isEmpty();
    }

    private static Map<String, HistoryRow> rows(String... ids) {
        Map<String, HistoryRow> rows = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            rows.put(id, new HistoryRow(id, "c", "h", Instant.now(), 1, true, 1, null));
        }
        return rows;
    }

    @SuppressWarnings("unused")
    private static int libraryOperations() {
        return OperationFixtures.library().size();
    }
}
