package dev.migrate.history;

import dev.migrate.dialect.Dialect;
import dev.migrate.operation.CreateTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Messages;
import dev.migrate.schema.Schema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The table that records which migrations ran: one row per migration, written before a migration
 * starts on databases whose DDL commits by itself, so that a failure part-way is always on record.
 * Statements run on the caller's connection and in the caller's transaction.
 */
public final class HistoryTable {

    public static final String DEFAULT_NAME = "migrate_history";

    private static final int FAILURE_LENGTH = 4000;

    private final String name;
    private final Dialect dialect;
    private @Nullable String insertInto;

    public HistoryTable(String name, Dialect dialect) {
        this.name = Identifiers.require(name, "history table");
        this.dialect = dialect;
    }

    public String name() {
        return name;
    }

    public boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String candidate : List.of(name, name.toUpperCase(Locale.ROOT))) {
            // the name is a pattern there, in which _ and % match any character
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(),
                    escapePattern(candidate, metaData.getSearchStringEscape()), new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The rows, or null when the table is not there. In auto-commit mode it reads first, and asks the
     * catalog only when that fails with another error than a missing table: a start with nothing to
     * apply pays one query instead of three and a catalog search, and so does the first start on a
     * new database. It asks the catalog first within a caller's transaction, where a failed statement
     * would spoil the transaction on PostgreSQL, and where the driver would log the failed read as a
     * warning in the application's log (MariaDB's, on a new database's first start).
     */
    public @Nullable Map<String, HistoryRow> readAllIfPresent(Connection connection) throws SQLException {
        if (!connection.getAutoCommit() || dialect.driverWarnsOfFailedQueries()) {
            return exists(connection) ? readAll(connection) : null;
        }
        try {
            return readAll(connection);
        } catch (SQLException e) {
            if (!isMissingTable(e) && exists(connection)) {
                throw e;
            }
            return null;
        }
    }

    /**
     * Whether the error says that the query's table is not there: SQLSTATE 42P01 on PostgreSQL, the
     * standard 42S02 (MariaDB's too, though it asks the catalog first), and H2's own 42S03 (with names
     * it suggests) and 42S04 (in an empty database).
     */
    private static boolean isMissingTable(SQLException e) {
        String state = e.getSQLState();
        return "42P01".equals(state) || "42S02".equals(state) || "42S03".equals(state) || "42S04".equals(state);
    }

    private static String escapePattern(String name, @Nullable String escape) {
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    public void create(Connection connection) throws SQLException {
        CreateTable create = new CreateTable(name, List.of(
                Column.of("id", ColumnType.of(DataType.VARCHAR, 255), false),
                Column.of("checksum", ColumnType.of(DataType.VARCHAR, 64), false),
                Column.of("file_hash", ColumnType.of(DataType.VARCHAR, 64), true),
                Column.of("applied_at", ColumnType.of(DataType.TIMESTAMP, 3), false),
                Column.of("execution_ms", ColumnType.of(DataType.BIGINT), false),
                Column.of("success", ColumnType.of(DataType.BOOLEAN), false),
                Column.of("operations_done", ColumnType.of(DataType.INTEGER), false),
                Column.of("failure", ColumnType.of(DataType.VARCHAR, FAILURE_LENGTH), true)),
                List.of("id"));
        try (Statement statement = connection.createStatement()) {
            for (String sql : dialect.sql(create, Schema.empty())) {
                statement.execute(sql);
            }
        }
    }

    /** Every row, in the order the migrations were applied. */
    public Map<String, HistoryRow> readAll(Connection connection) throws SQLException {
        String json = dialect.rowsAsJsonQuery(selectedColumns(), dialect.quote(name), order());
        if (json == null) {
            return readRows(connection);
        }
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(json)) {
            byte[] text = result.next() ? result.getBytes(1) : null;
            return text == null ? new LinkedHashMap<>() : HistoryJson.rows(text);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + ", in the JSON text " + dialect.name() + " gave for the rows of "
                    + name, e);
        }
    }

    /** The rows one by one, as every database can give them. */
    Map<String, HistoryRow> readRows(Connection connection) throws SQLException {
        Map<String, HistoryRow> rows = new LinkedHashMap<>();
        String sql = "select " + selectedColumns() + " from " + dialect.quote(name) + " order by " + order();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                HistoryRow row = HistoryRow.read(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getLong(5), result.getBoolean(6), result.getInt(7),
                        result.getString(8));
                rows.put(row.id(), row);
            }
        }
        return rows;
    }

    /**
     * A row's columns in {@link HistoryRow#read}'s order, applied_at as the server writes it in text:
     * converting each row's time in the driver was a sixth of a cold start with nothing pending, and
     * the time is made only when asked ({@link HistoryRow#appliedAt}).
     */
    private String selectedColumns() {
        return columns("id", "checksum", "file_hash") + ", " + dialect.castToText(dialect.quote("applied_at")) + ", "
                + columns("execution_ms", "success", "operations_done", "failure");
    }

    /** The order the migrations were applied in. */
    private String order() {
        return dialect.quote("applied_at") + ", " + dialect.quote("id");
    }

    public void insert(Connection connection, HistoryRow row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insertInto() + "(?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, row.id());
            statement.setString(2, row.checksum());
            statement.setString(3, row.fileHash());
            // the JVM's local time, as HistoryRow reads it back; pgjdbc formats a LocalDateTime itself, where a
            // Timestamp goes through a Calendar for every row
            statement.setObject(4, LocalDateTime.ofInstant(row.appliedAt(), ZoneId.systemDefault()));
            statement.setLong(5, row.executionMs());
            statement.setBoolean(6, row.success());
            statement.setInt(7, row.operationsDone());
            statement.setString(8, truncate(row.failure()));
            statement.executeUpdate();
        }
    }

    /**
     * The insert of a row as one statement with its values written in, to be sent in one
     * round trip with the migration's statements, in their transaction: its {@code execution_ms} is
     * measured by the database, from the start of the transaction to the insert ({@code row}'s is not
     * used). Null where the database cannot measure it. The time is written as {@link LocalDateTime}
     * prints it, in ISO 8601, which needs no formatter loaded.
     */
    public @Nullable String insertTimedByDatabase(HistoryRow row) {
        String executionMs = dialect.millisSinceTransactionStart();
        if (executionMs == null) {
            return null;
        }
        String fileHash = row.fileHash();
        String failure = truncate(row.failure());
        return insertInto() + "(" + dialect.stringLiteral(row.id()) + ", " + dialect.stringLiteral(row.checksum()) + ", "
                + (fileHash == null ? "null" : dialect.stringLiteral(fileHash)) + ", timestamp '"
                + LocalDateTime.ofInstant(row.appliedAt(), ZoneId.systemDefault()) + "', "
                + executionMs + ", " + row.success() + ", " + row.operationsDone() + ", "
                + (failure == null ? "null" : dialect.stringLiteral(failure)) + ")";
    }

    /** Made once: a run writes a row per migration, each through this. */
    private String insertInto() {
        String sql = insertInto;
        if (sql == null) {
            sql = "insert into " + dialect.quote(name) + " (" + columns("id", "checksum", "file_hash", "applied_at",
                    "execution_ms", "success", "operations_done", "failure") + ") values ";
            insertInto = sql;
        }
        return sql;
    }

    /** Records progress of a running migration, or its end. */
    public void update(Connection connection, String id, long executionMs, boolean success, int operationsDone,
            @Nullable String failure) throws SQLException {
        String sql = "update " + dialect.quote(name) + " set " + dialect.quote("execution_ms") + " = ?, "
                + dialect.quote("success") + " = ?, " + dialect.quote("operations_done") + " = ?, "
                + dialect.quote("failure") + " = ? where " + dialect.quote("id") + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, executionMs);
            statement.setBoolean(2, success);
            statement.setInt(3, operationsDone);
            statement.setString(4, truncate(failure));
            statement.setString(5, id);
            statement.executeUpdate();
        }
    }

    /** Records the checksums of a file that was changed on purpose after it was applied. */
    public void updateChecksum(Connection connection, String id, String checksum, @Nullable String fileHash) throws SQLException {
        String sql = "update " + dialect.quote(name) + " set " + dialect.quote("checksum") + " = ?, "
                + dialect.quote("file_hash") + " = ? where " + dialect.quote("id") + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, checksum);
            statement.setString(2, fileHash);
            statement.setString(3, id);
            statement.executeUpdate();
        }
    }

    public void delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "delete from " + dialect.quote(name) + " where " + dialect.quote("id") + " = ?")) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }

    /** The SQL that marks one migration as applied, for messages that tell a person how to repair. */
    public String markAppliedStatementFor(String id) {
        return "update " + name + " set success = true, failure = null where id = " + dialect.stringLiteral(id);
    }

    private String columns(String... names) {
        StringBuilder list = new StringBuilder();
        for (String column : names) {
            list.append(list.isEmpty() ? "" : ", ").append(dialect.quote(column));
        }
        return list.toString();
    }

    /** A database's error on one line ("Detail:" and "Where:" lines joined), cut to fit the column. */
    private static @Nullable String truncate(@Nullable String text) {
        return Messages.oneLine(text, FAILURE_LENGTH);
    }

}
