package dev.migrate.introspect;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one database's catalog with a fixed number of queries, whatever the number of tables, and
 * turns the rows into the schema model. Each kind of object comes as rows of one shape (the
 * records below); a database gives the query that returns them, or assembles them from several
 * queries where its catalog joins badly. Rows of one constraint or index come together, in
 * position order.
 */
abstract class CatalogReader {

    /** The base tables of the current schema: {@code table_name}. */
    protected abstract String tablesQuery();

    /**
     * Columns, ordered by table and position (rows of other relations, such as views, are
     * skipped): {@code table_name}, {@code column_name}, {@code native_type} (for messages),
     * {@code is_nullable}, {@code column_default}, {@code is_auto_increment},
     * {@code is_generated}, and whatever {@link #columnType} reads.
     */
    protected abstract String columnsQuery();

    /** The logical type of the current row of {@link #columnsQuery()}, or null if there is none. */
    protected abstract @Nullable ColumnType columnType(ResultSet row) throws SQLException;

    /** The default as the database shows it, normalized; null for none. */
    protected @Nullable DefaultValue defaultValue(@Nullable String text, ColumnType type) {
        return DefaultValues.parse(text, type.type());
    }

    /** Primary key, unique constraint and foreign key columns; see {@link #keyRows}. */
    protected abstract List<KeyRow> readKeyRows(Connection connection) throws SQLException;

    protected ReferentialAction onDelete(String rule) {
        return ReferentialAction.fromSql(rule);
    }

    /** Columns of the indexes that do not back a constraint; see {@link #indexRows}. */
    protected abstract List<IndexRow> readIndexRows(Connection connection) throws SQLException;

    /** Adds an index; a database may report it otherwise, or not at all. */
    protected void addIndex(TableParts table, Index index) {
        table.indexes.add(index);
    }

    /**
     * The check constraints declared on tables (not those a database adds by itself, such as
     * MariaDB's for a JSON column): {@code table_name}, {@code constraint_name}, {@code expression}
     * (the condition as the database shows it, which need not be the text it was given).
     */
    protected abstract String checksQuery();

    /** The sequences, leaving out those that belong to identity columns; see {@link #sequences}. */
    protected abstract List<Sequence> readSequences(Connection connection) throws SQLException;

    final Schema read(Connection connection, Set<String> ignoredTables) throws SQLException {
        Map<String, TableParts> tables = new LinkedHashMap<>();
        query(connection, tablesQuery(), row -> {
            String name = lower(row.getString("table_name"));
            if (!ignoredTables.contains(name)) {
                tables.put(name, new TableParts(name));
            }
        });
        readColumns(connection, tables);
        readKeys(connection, tables);
        readIndexes(connection, tables);
        readChecks(connection, tables);
        return Schema.of(tables.values().stream().map(TableParts::build).toList(), readSequences(connection));
    }

    private void readColumns(Connection connection, Map<String, TableParts> tables) throws SQLException {
        query(connection, columnsQuery(), row -> {
            TableParts table = tables.get(lower(row.getString("table_name")));
            if (table != null) {
                table.columns.add(column(row, table.name, lower(row.getString("column_name"))));
            }
        });
    }

    private Column column(ResultSet row, String tableName, String name) throws SQLException {
        ColumnType type = columnType(row);
        if (type == null) {
            throw new IntrospectionException("Column " + tableName + "." + name + " has type "
                    + row.getString("native_type") + ", which has no logical type in the schema model");
        }
        if (row.getBoolean("is_generated")) {
            throw new IntrospectionException("Column " + tableName + "." + name
                    + " is a generated column, which the schema model cannot express");
        }
        boolean autoIncrement = row.getBoolean("is_auto_increment");
        DefaultValue defaultValue = autoIncrement ? null : defaultValue(row.getString("column_default"), type);
        return new Column(name, type, row.getBoolean("is_nullable"), defaultValue, autoIncrement);
    }

    private void readKeys(Connection connection, Map<String, TableParts> tables) throws SQLException {
        Map<List<String>, List<KeyRow>> keys = new LinkedHashMap<>();
        for (KeyRow key : readKeyRows(connection)) {
            if (tables.containsKey(key.table)) {
                keys.computeIfAbsent(List.of(key.table, key.name), k -> new ArrayList<>()).add(key);
            }
        }
        for (List<KeyRow> rows : keys.values()) {
            KeyRow first = rows.get(0);
            TableParts table = Objects.requireNonNull(tables.get(first.table));
            List<String> columns = rows.stream().map(KeyRow::column).toList();
            switch (first.type) {
                case "PRIMARY KEY" -> table.primaryKey.addAll(columns);
                case "UNIQUE" -> table.uniqueConstraints.add(new UniqueConstraint(first.name, columns));
                case "FOREIGN KEY" -> table.foreignKeys.add(new ForeignKey(first.name, columns,
                        Objects.requireNonNull(first.referencedTable, "referenced table"),
                        rows.stream().map(KeyRow::referencedColumn).toList(),
                        onDelete(Objects.requireNonNull(first.deleteRule, "delete rule"))));
                default -> throw new IllegalStateException("unexpected constraint type " + first.type);
            }
        }
    }

    private void readIndexes(Connection connection, Map<String, TableParts> tables) throws SQLException {
        Map<List<String>, List<IndexRow>> indexes = new LinkedHashMap<>();
        for (IndexRow index : readIndexRows(connection)) {
            if (tables.containsKey(index.table)) {
                indexes.computeIfAbsent(List.of(index.table, index.name), k -> new ArrayList<>()).add(index);
            }
        }
        for (List<IndexRow> rows : indexes.values()) {
            if (rows.stream().allMatch(IndexRow::expressible)) {
                IndexRow first = rows.get(0);
                addIndex(Objects.requireNonNull(tables.get(first.table)), new Index(first.name, first.unique,
                        rows.stream().map(r -> new IndexColumn(r.column, r.descending)).toList()));
            }
        }
    }

    private void readChecks(Connection connection, Map<String, TableParts> tables) throws SQLException {
        query(connection, checksQuery(), row -> {
            TableParts table = tables.get(lower(row.getString("table_name")));
            if (table != null) {
                table.checkConstraints.add(new CheckConstraint(lower(row.getString("constraint_name")),
                        row.getString("expression")));
            }
        });
    }

    /**
     * Runs a query of {@code table_name}, {@code constraint_name}, {@code constraint_type}
     * (PRIMARY KEY, UNIQUE or FOREIGN KEY), {@code column_name}, {@code referenced_table_name},
     * {@code referenced_column_name}, {@code delete_rule} (as in SQL, such as SET NULL).
     */
    static List<KeyRow> keyRows(Connection connection, String sql) throws SQLException {
        List<KeyRow> rows = new ArrayList<>();
        query(connection, sql, row -> rows.add(new KeyRow(lower(row.getString("table_name")),
                lower(row.getString("constraint_name")), row.getString("constraint_type"),
                lower(row.getString("column_name")), lowerOrNull(row.getString("referenced_table_name")),
                lowerOrNull(row.getString("referenced_column_name")), row.getString("delete_rule"))));
        return rows;
    }

    /**
     * Runs a query of {@code table_name}, {@code index_name}, {@code is_unique},
     * {@code column_name}, {@code is_descending}, {@code is_expressible}.
     */
    static List<IndexRow> indexRows(Connection connection, String sql) throws SQLException {
        List<IndexRow> rows = new ArrayList<>();
        query(connection, sql, row -> rows.add(new IndexRow(lower(row.getString("table_name")),
                lower(row.getString("index_name")), row.getBoolean("is_unique"), lower(row.getString("column_name")),
                row.getBoolean("is_descending"), row.getBoolean("is_expressible"))));
        return rows;
    }

    /** Runs a query of {@code sequence_name}, {@code start_value} and {@code increment}. */
    static List<Sequence> sequences(Connection connection, String sql) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        query(connection, sql, row -> sequences.add(new Sequence(lower(row.getString("sequence_name")),
                row.getLong("start_value"), row.getLong("increment"))));
        return sequences;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A name that a row may not have (a key's referenced table), in lower case. */
    static @Nullable String lowerOrNull(@Nullable String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** Reads a nullable integer column. */
    static @Nullable Integer integer(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : (int) Math.min(value, Integer.MAX_VALUE);
    }

    /**
     * Reads an integer column that the row's type must have (a varchar's length, a time's precision);
     * a catalog without it ends the read, naming the column.
     */
    static int required(ResultSet row, String column) throws SQLException {
        Integer value = integer(row, column);
        if (value == null) {
            throw new IntrospectionException("Column " + row.getString("table_name") + "." + row.getString("column_name")
                    + " has type " + row.getString("native_type") + " but the catalog gives no " + column);
        }
        return value;
    }

    static void query(Connection connection, String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                handler.accept(rows);
            }
        }
    }

    @FunctionalInterface
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    /** One column of a primary key, unique constraint or foreign key; names in lower case; the references null but in a foreign key. */
    record KeyRow(String table, String name, String type, String column, @Nullable String referencedTable,
            @Nullable String referencedColumn, @Nullable String deleteRule) {

        KeyRow withDeleteRule(@Nullable String rule) {
            return new KeyRow(table, name, type, column, referencedTable, referencedColumn, rule);
        }
    }

    /** One column of an index; names in lower case. An index with a row not expressible is left out. */
    record IndexRow(String table, String name, boolean unique, String column, boolean descending,
            boolean expressible) {
    }

    /** What has been read of one table so far. */
    static final class TableParts {
        final String name;
        final List<Column> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checkConstraints = new ArrayList<>();

        TableParts(String name) {
            this.name = name;
        }

        Table build() {
            return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checkConstraints);
        }
    }
}
