package dev.migrate.engine;

import static dev.migrate.engine.SquashFixtures.FIRST;
import static dev.migrate.engine.SquashFixtures.FOURTH;
import static dev.migrate.engine.SquashFixtures.SECOND;
import static dev.migrate.engine.SquashFixtures.SQUASHED;
import static dev.migrate.engine.SquashFixtures.THIRD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.schema.Column;
import dev.migrate.schema.Schema;
import dev.migrate.testing.CheckExpressions;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 0001..0003 of four migrations squashed, on databases that applied none, all or some of them: each
 * ends with the schema the original files replay to, and keeps working once the old files are deleted
 * (migrate --prune then removes their rows). An inconsistent history is refused.
 */
abstract class SquashDatabaseTestBase {

    @TempDir
    Path migrations;

    TestDatabase database;

    abstract DatabaseKind kind();

    @BeforeEach
    void createDatabase() throws Exception {
        database = TestDatabases.create(kind());
        SquashFixtures.writeAll(migrations);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aNewDatabaseAppliesOnlyTheSquashedMigrationAndTheNextOne() throws Exception {
        Schema original = SchemaReplay.of(SquashFixtures.load(migrations));
        SquashFixtures.squash(migrations, null, THIRD, null);

        MigrateResult result = migrate(MigrateOptions.forwards(null));
        assertThat(result.applied()).containsExactly(SQUASHED, FOURTH);
        assertThat(result.squashesRecorded()).isEmpty();
        assertLiveIs(original);
        assertThat(show()).containsExactly("APPLIED " + SQUASHED + " (replaces 3)", "APPLIED " + FOURTH);
        try (Connection connection = database.connect()) {
            Migrator migrator = new Migrator(SquashFixtures.load(migrations), HistoryTable.DEFAULT_NAME);
            // a replaced migration's SQL, while its file is there, is what it sends after the ones before it
            assertThat(String.join("\n", migrator.sql(SECOND, Dialect.fromConnection(connection))))
                    .containsIgnoringCase("edition");
            assertThat(migrator.sql(SQUASHED, Dialect.fromConnection(connection))).isNotEmpty();
        }

        SquashFixtures.deleteReplaced(migrations);
        MigrateResult pruned = migrate(MigrateOptions.forwards(null).withPrune(true));
        assertThat(pruned.applied()).isEmpty();
        assertThat(pruned.pruned()).isEmpty();
        assertThat(show()).containsExactly("APPLIED " + SQUASHED + " (replaces 3)", "APPLIED " + FOURTH);
    }

    @Test
    void aDatabaseThatAppliedAllReplacedMigrationsAppliesOnlyTheNextOne() throws Exception {
        Schema original = SchemaReplay.of(SquashFixtures.load(migrations));
        assertThat(migrate(MigrateOptions.forwards(THIRD)).applied()).containsExactly(FIRST, SECOND, THIRD);
        SquashFixtures.squash(migrations, null, THIRD, null);

        assertThat(show()).containsExactly("APPLIED " + SQUASHED + " (replaces 3, all applied)", "PENDING " + FOURTH,
                "REPLACED " + FIRST + " (replaced by " + SQUASHED + ")", "REPLACED " + SECOND + " (replaced by "
                        + SQUASHED + ")", "REPLACED " + THIRD + " (replaced by " + SQUASHED + ")");
        try (Connection connection = database.connect()) {
            assertThat(SchemaDrift.read(connection, SquashFixtures.load(migrations), HistoryTable.DEFAULT_NAME)
                    .differences()).isEmpty();
        }
        MigrateResult result = migrate(MigrateOptions.forwards(null));
        assertThat(result.applied()).containsExactly(FOURTH);
        assertThat(result.squashesRecorded()).containsExactly(SQUASHED);
        assertThat(result.report()).contains("Recorded squashed migration " + SQUASHED);
        assertLiveIs(original);
        assertThat(migrate(MigrateOptions.forwards(null)).report()).isEqualTo("No migrations to apply.");

        SquashFixtures.deleteReplaced(migrations);
        assertThat(show()).contains("APPLIED " + SQUASHED + " (replaces 3, all applied)", "APPLIED " + FOURTH)
                .noneMatch(line -> line.startsWith("MISSING") || line.startsWith("CHANGED"));
        MigrateResult pruned = migrate(MigrateOptions.forwards(null).withPrune(true));
        assertThat(pruned.applied()).isEmpty();
        assertThat(pruned.pruned()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(pruned.report()).contains("Pruned " + FIRST);
        assertThat(rows().keySet()).containsExactlyInAnyOrder(SQUASHED, FOURTH);
        assertThat(show()).containsExactly("APPLIED " + SQUASHED + " (replaces 3)", "APPLIED " + FOURTH);
        assertLiveIs(original);
    }

    @Test
    void aDatabasePartWayAppliesTheRemainingReplacedMigrationsThenTheNextOne() throws Exception {
        Schema original = SchemaReplay.of(SquashFixtures.load(migrations));
        assertThat(migrate(MigrateOptions.forwards(FIRST)).applied()).containsExactly(FIRST);
        SquashFixtures.squash(migrations, null, THIRD, null);

        assertThat(show()).contains("APPLIED " + FIRST, "PENDING " + SECOND, "PENDING " + THIRD, "PENDING " + FOURTH);
        MigrateResult result = migrate(MigrateOptions.forwards(null));
        assertThat(result.applied()).containsExactly(SECOND, THIRD, FOURTH);
        assertThat(result.squashesRecorded()).containsExactly(SQUASHED);
        assertLiveIs(original);

        SquashFixtures.deleteReplaced(migrations);
        MigrateResult pruned = migrate(MigrateOptions.forwards(null).withPrune(true));
        assertThat(pruned.applied()).isEmpty();
        assertThat(pruned.pruned()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(show()).containsExactly("APPLIED " + SQUASHED + " (replaces 3)", "APPLIED " + FOURTH);
    }

    @Test
    void goingBackPastTheSquashedMigrationForgetsTheMigrationsItReplaces() throws Exception {
        migrate(MigrateOptions.forwards(null));
        SquashFixtures.squash(migrations, null, THIRD, null);
        MigrateResult back = migrate(MigrateOptions.forwards("zero").withBackwardsAllowed(true));
        assertThat(back.unapplied()).containsExactly(FOURTH, SQUASHED);
        assertThat(rows()).isEmpty();
        assertLiveIs(Schema.empty());
        assertThat(migrate(MigrateOptions.forwards(null)).applied()).containsExactly(SQUASHED, FOURTH);
    }

    @Test
    void aDatabasePartWayWhoseOldFilesAreGoneIsRefusedWithTheWayOut() throws Exception {
        migrate(MigrateOptions.forwards(FIRST));
        SquashFixtures.squash(migrations, null, THIRD, null);
        SquashFixtures.deleteReplaced(migrations);
        assertThatThrownBy(() -> migrate(MigrateOptions.forwards(null))).isInstanceOf(MigrationStateException.class)
                .hasMessageContaining("applied " + FIRST + " of the 3 migrations that " + SQUASHED + " replaces")
                .hasMessageContaining("Restore those files");
        assertThat(rows().keySet()).containsExactly(FIRST);
    }

    @Test
    void anInconsistentHistoryIsRefused() throws Exception {
        SquashFixtures.squash(migrations, null, THIRD, null);
        migrate(MigrateOptions.forwards(null));
        try (Connection connection = database.connect()) {
            new HistoryTable(HistoryTable.DEFAULT_NAME, Dialect.fromConnection(connection)).insert(connection,
                    new HistoryRow(SECOND, "x", "y", Instant.now(), 1, true, 2, null));
        }
        assertThatThrownBy(() -> migrate(MigrateOptions.forwards(null))).isInstanceOf(MigrationStateException.class)
                .hasMessageContaining("inconsistent")
                .hasMessageContaining("replaces " + SECOND + " is recorded as applied, and not " + FIRST + ", " + THIRD);
    }

    private void assertLiveIs(Schema replayed) throws SQLException {
        Dialect dialect;
        Schema live;
        try (Connection connection = database.connect()) {
            dialect = Dialect.fromConnection(connection);
            live = new SchemaIntrospector().read(connection, Set.of(HistoryTable.DEFAULT_NAME));
        }
        assertThat(columnsByName(CheckExpressions.comparedByName(live)))
                .isEqualTo(columnsByName(CheckExpressions.comparedByName(dialect.canonical(replayed))));
        assertThat(SchemaDrift.differences(replayed, live, dialect)).isEmpty();
    }

    private static Schema columnsByName(Schema schema) {
        return schema.withEveryTable(table -> table.withColumns(
                table.columns().stream().sorted(Comparator.comparing(Column::name)).toList()));
    }

    private MigrateResult migrate(MigrateOptions options) throws SQLException {
        try (Connection connection = database.connect()) {
            return new Migrator(SquashFixtures.load(migrations), HistoryTable.DEFAULT_NAME).run(connection, options);
        }
    }

    private List<String> show() throws SQLException {
        try (Connection connection = database.connect()) {
            return new Migrator(SquashFixtures.load(migrations), HistoryTable.DEFAULT_NAME).status(connection).stream()
                    .map(s -> s.state() + " " + s.id() + (s.note() == null ? "" : " (" + s.note() + ")"))
                    .collect(Collectors.toList());
        }
    }

    private Map<String, HistoryRow> rows() throws SQLException {
        try (Connection connection = database.connect()) {
            return new HistoryTable(HistoryTable.DEFAULT_NAME, Dialect.fromConnection(connection)).readAll(connection);
        }
    }
}
