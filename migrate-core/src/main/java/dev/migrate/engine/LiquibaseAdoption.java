package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.liquibase.ChangeSetId;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switching from Liquibase: the migrations imported from a changelog (see
 * {@code dev.migrate.liquibase.LiquibaseImport}) record the changeSet each came from. On a database
 * whose {@code databasechangelog} lists those changeSets as run, the pending imported migrations at
 * the start of the plan whose every changeSet Liquibase ran are recorded in the history as applied
 * without running, once the live schema is checked to hold what they make (as {@code fake-initial}
 * checks: unique and check constraints compared by columns and number, since names the database gave
 * may differ). The rest run as usual, so a database Liquibase left behind gets only what it lacks.
 * Decided at each run, on each database, so the same files serve databases at any point of the
 * Liquibase history.
 */
final class LiquibaseAdoption {

    private static final Logger logger = LoggerFactory.getLogger(LiquibaseAdoption.class);

    /** The execution types Liquibase records for a changeSet it counts as run. */
    private static final Set<String> RAN = Set.of("EXECUTED", "MARK_RAN", "RERAN");

    private LiquibaseAdoption() {
    }

    /**
     * Records as applied the pending migrations that Liquibase already ran on this database.
     *
     * @param origins the changeSets each migration was imported from (empty for other migrations)
     * @return the ids recorded, in order
     */
    static List<String> adopt(Connection connection, List<Migration> migrations,
            Function<Migration, List<ChangeSetId>> origins, String historyTableName) throws SQLException {
        Dialect dialect = Dialect.fromConnection(connection);
        HistoryTable history = new HistoryTable(historyTableName, dialect);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (DatabaseLock lock = DatabaseLock.acquire(connection, dialect, historyTableName)) {
            Map<String, HistoryRow> rows = history.readAllIfPresent(connection);
            return adoptLocked(connection, dialect, history, rows == null ? Map.of() : rows, migrations, origins);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * As {@link #adopt}, by a run that holds the lock and has read the history's {@code rows}: a run
     * with nothing pending asks the database nothing more.
     */
    static List<String> adoptLocked(Connection connection, Dialect dialect, HistoryTable history,
            Map<String, HistoryRow> rows, List<Migration> migrations, Function<Migration, List<ChangeSetId>> origins)
            throws SQLException {
        List<Migration> pending = new ArrayList<>();
        for (Migration migration : migrations) {
            if (!rows.containsKey(migration.id())) {
                pending.add(migration);
            }
        }
        if (pending.isEmpty()) {
            return List.of();
        }
        String changelogTable = changelogTable(connection);
        if (changelogTable == null) {
            return List.of();
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try {
            List<Ran> ran = readChangelog(connection, changelogTable);
            List<Migration> adopted = new ArrayList<>();
            int at = 0;
            for (; at < pending.size(); at++) {
                List<ChangeSetId> from = origins.apply(pending.get(at));
                if (from.isEmpty() || !from.stream().allMatch(id -> ran(id, ran))) {
                    break;
                }
                adopted.add(pending.get(at));
            }
            List<String> outOfOrder = new ArrayList<>();
            for (Migration later : pending.subList(at, pending.size())) {
                List<ChangeSetId> from = origins.apply(later);
                if (!from.isEmpty() && from.stream().allMatch(id -> ran(id, ran))) {
                    outOfOrder.add(later.id() + " (" + from.get(0) + ")");
                }
            }
            if (!outOfOrder.isEmpty()) {
                throw new MigrationStateException("Liquibase ran changeSets on this database that come after one it"
                        + " did not run (" + pending.get(at).id() + ", " + origins.apply(pending.get(at)) + "): "
                        + String.join(", ", outOfOrder) + ". migrate applies migrations in order and cannot record"
                        + " them as applied before it. This happens when Liquibase ran with contexts or labels the"
                        + " import did not select: import again with the application's contexts"
                        + " (migrate.changelog-contexts), or apply the missing changeSet with Liquibase first.");
            }
            if (adopted.isEmpty()) {
                return List.of();
            }
            check(connection, dialect, migrations, rows.keySet(), adopted, history.name());
            if (!history.exists(connection)) {
                history.create(connection);
            }
            List<String> ids = new ArrayList<>();
            for (Migration migration : adopted) {
                history.insert(connection, new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(),
                        Instant.now(), 0, true, migration.operations().size(), null));
                ids.add(migration.id());
            }
            logger.info("Recorded {} migration(s) as applied without running them: Liquibase ran their changeSets on"
                    + " this database ({} to {}; the live schema was checked)", ids.size(), ids.get(0),
                    ids.get(ids.size() - 1));
            return ids;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Refuses, naming each difference, when the database does not hold what the adopted migrations make. */
    private static void check(Connection connection, Dialect dialect, List<Migration> migrations, Set<String> applied,
            List<Migration> adopted, String historyTableName) {
        Set<String> adoptedIds = new HashSet<>();
        adopted.forEach(m -> adoptedIds.add(m.id()));
        dev.migrate.schema.Schema before = dev.migrate.schema.Schema.empty();
        dev.migrate.schema.Schema after = dev.migrate.schema.Schema.empty();
        for (Migration migration : migrations) {
            if (applied.contains(migration.id())) {
                before = SchemaReplay.apply(before, migration);
                after = SchemaReplay.apply(after, migration);
            } else if (adoptedIds.contains(migration.id())) {
                after = SchemaReplay.apply(after, migration);
            }
        }
        LiveState live = LiveState.read(connection, dialect, historyTableName);
        List<String> renamed = new ArrayList<>();
        List<String> differences = new ArrayList<>(live.differencesButNames(List.of(before, after), after, renamed));
        differences.addAll(upperCaseTables(connection, dialect, after));
        if (!differences.isEmpty()) {
            throw new MigrationStateException("Liquibase ran the changeSets of " + adopted.get(0).id()
                    + (adopted.size() > 1 ? " to " + adopted.get(adopted.size() - 1).id() : "") + " on this database,"
                    + " but the database does not hold what those migrations make, so they are not recorded as"
                    + " applied (nothing was changed):\n  " + String.join("\n  ", differences)
                    + "\nBring the database or the imported migrations in line (a change made by hand, or by SQL"
                    + " the import kept as <sql>, shows here), then start again.");
        }
        renamed.forEach(line -> logger.info("{} (named by the database)", line));
    }

    /**
     * On a MariaDB that keeps table names as written, the tables named with upper-case letters: migrate's
     * SQL names them in lower case, so it would not find them (its introspector reads names in lower case).
     */
    private static List<String> upperCaseTables(Connection connection, Dialect dialect, dev.migrate.schema.Schema expected) {
        List<String> found = new ArrayList<>();
        try {
            if (!"mariadb".equals(dialect.name()) || !caseSensitiveTableNames(connection)) {
                return found;
            }
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                    new String[] {"TABLE"})) {
                while (tables.next()) {
                    String name = tables.getString("TABLE_NAME");
                    String lower = name.toLowerCase(java.util.Locale.ROOT);
                    if (!name.equals(lower) && expected.table(lower).isPresent()) {
                        found.add("Table " + name + " is named with upper-case letters, and this MariaDB keeps table"
                                + " names as written (lower_case_table_names=0); migrate names it " + lower);
                    }
                }
            }
        } catch (SQLException e) {
            found.add("Cannot read the table names: " + e.getMessage());
        }
        return found;
    }

    private static boolean ran(ChangeSetId id, List<Ran> ran) {
        for (Ran row : ran) {
            if (id.matches(row.file(), row.id(), row.author())) {
                return true;
            }
        }
        return false;
    }

    private record Ran(String file, String id, String author) {
    }

    private static List<Ran> readChangelog(Connection connection, String table) throws SQLException {
        List<Ran> ran = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select ID, AUTHOR, FILENAME, EXECTYPE from " + table)) {
            while (result.next()) {
                String type = result.getString(4);
                if (type == null || RAN.contains(type.trim().toUpperCase(java.util.Locale.ROOT))) {
                    ran.add(new Ran(result.getString(3), result.getString(1), result.getString(2)));
                }
            }
        }
        return ran;
    }

    /** Whether a MariaDB keeps table names as written ({@code lower_case_table_names=0}). */
    static boolean caseSensitiveTableNames(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select @@lower_case_table_names")) {
            return result.next() && result.getInt(1) == 0;
        }
    }

    /** Liquibase's table as the database spells it ({@code databasechangelog}, {@code DATABASECHANGELOG}), or null. */
    static @Nullable String changelogTable(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String candidate : List.of("databasechangelog", "DATABASECHANGELOG")) {
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), candidate,
                    new String[] {"TABLE"})) {
                while (tables.next()) {
                    if (tables.getString("TABLE_NAME").equals(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }
}
