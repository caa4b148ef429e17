package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.operation.CreateTable;
import dev.migrate.schema.Schema;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Django's {@code --fake-initial}, checked more closely: an initial migration (one that depends on
 * none) whose every table already exists is recorded as applied without running, when each of its
 * tables, columns, types, keys, indexes and sequences is in the database as the migration would
 * make it. Unique and check constraints may carry the names the database gave them (Hibernate's
 * {@code ddl-auto} leaves them unnamed). A partial or different match is refused, each difference
 * on a line; an initial migration none of whose tables exists runs as usual.
 */
final class FakeInitial {

    private static final Logger logger = LoggerFactory.getLogger(FakeInitial.class);

    private FakeInitial() {
    }

    static List<PlannedMigration> decide(Connection connection, Dialect dialect, List<Migration> ordered,
            List<PlannedMigration> planned, String historyTable) {
        List<PlannedMigration> decided = new ArrayList<>();
        LiveState live = null;
        for (PlannedMigration migration : planned) {
            List<String> created = migration.migration().dependsOn().isEmpty()
                    ? migration.migration().operations().stream().filter(o -> o instanceof CreateTable)
                            .map(o -> ((CreateTable) o).tableName()).toList()
                    : List.of();
            if (created.isEmpty()) {
                decided.add(migration);
                continue;
            }
            if (live == null) {
                live = LiveState.read(connection, dialect, historyTable);
            }
            decided.add(decide(live, ordered, migration, created));
        }
        return decided;
    }

    private static PlannedMigration decide(LiveState live, List<Migration> ordered, PlannedMigration planned,
            List<String> created) {
        Migration migration = planned.migration();
        List<String> existing = created.stream().filter(live::hasTable).toList();
        if (existing.isEmpty()) {
            return planned;
        }
        List<Schema> states = LiveState.states(ordered, migration);
        List<String> renamed = new ArrayList<>();
        List<String> differences = live.differencesButNames(states, states.get(states.size() - 1), renamed);
        if (existing.size() < created.size() || !differences.isEmpty()) {
            throw new MigrationStateException("Cannot fake the initial migration " + migration.id() + ": the database"
                    + " does not hold exactly what it creates (nothing was changed).\n  "
                    + String.join("\n  ", differences)
                    + "\nBring the database to what the migration creates (or change the migration), then run again.");
        }
        renamed.forEach(line -> logger.warn("{}: {}; a later migration that drops it by name must use the"
                + " database's name", migration.id(), line));
        return planned.asFake();
    }
}
