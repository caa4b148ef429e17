package dev.migrate.introspect;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * MariaDB, from {@code information_schema}, for the connection's current database. MariaDB
 * materializes these views when they are joined to one another, which made a read 5 to 100 times
 * slower (a correlated subquery, worse still), so each query reads one view, filtered on the
 * database, and foreign keys get their delete rules here.
 */
final class MariaDbCatalogReader extends CatalogReader {

    private static final Pattern BIT_LITERAL = Pattern.compile("b'([01]+)'");
    /** A text default as MariaDB shows it: quotes doubled, and a backslash, CR, LF and NUL escaped. */
    private static final Pattern ESCAPED_LITERAL = Pattern.compile("'(?:[^'\\\\]|''|\\\\.)*'", Pattern.DOTALL);
    /** MariaDB's spellings of the SQL date and time functions, and what they stand for. */
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("current_timestamp\\(\\d*\\)");
    private static final Pattern CURRENT_TIME = Pattern.compile("curtime\\(\\d*\\)");
    private static final Pattern FOREIGN_KEY_GENERATED_NAME = Pattern.compile(".*_ibfk_\\d+");

    @Override
    protected String tablesQuery() {
        return "select table_name from information_schema.tables where table_schema = database()"
                + " and table_type = 'BASE TABLE'";
    }

    /**
     * A column-level check is named after its column. MariaDB adds one of those itself for a JSON
     * column, {@code json_valid(`column`)}: that one is left out.
     */
    @Override
    protected String checksQuery() {
        return """
                select table_name, constraint_name, check_clause as expression
                from information_schema.check_constraints
                where constraint_schema = database()
                  and check_clause <> concat('json_valid(`', constraint_name, '`)')
                """;
    }

    @Override
    protected String columnsQuery() {
        return """
                select table_name, column_name, column_type as native_type, data_type,
                  character_maximum_length, numeric_precision, numeric_scale, datetime_precision,
                  is_nullable = 'YES' as is_nullable, column_default,
                  extra like '%auto_increment%' as is_auto_increment, is_generated = 'ALWAYS' as is_generated,
                  exists (select 1 from information_schema.check_constraints k
                          where k.constraint_schema = c.table_schema and k.table_name = c.table_name
                            and k.constraint_name = c.column_name
                            and k.check_clause = concat('json_valid(`', c.column_name, '`)')) as is_json
                from information_schema.columns c
                where table_schema = database()
                order by table_name, ordinal_position
                """;
    }

    @Override
    protected @Nullable ColumnType columnType(ResultSet row) throws SQLException {
        if (row.getString("native_type").contains("unsigned")) {
            return null;
        }
        return switch (row.getString("data_type")) {
            case "bigint" -> ColumnType.of(DataType.BIGINT);
            case "int" -> ColumnType.of(DataType.INTEGER);
            case "smallint" -> ColumnType.of(DataType.SMALLINT);
            // Also tinyint(1), which is what MariaDB makes of "boolean": the display width is no type.
            case "tinyint" -> ColumnType.of(DataType.TINYINT);
            // Hibernate's boolean on MariaDB.
            case "bit" -> required(row, "numeric_precision") == 1 ? ColumnType.of(DataType.BOOLEAN) : null;
            case "decimal" -> ColumnType.decimal(required(row, "numeric_precision"), required(row, "numeric_scale"));
            case "float" -> ColumnType.of(DataType.FLOAT);
            case "double" -> ColumnType.of(DataType.DOUBLE);
            case "char" -> ColumnType.of(DataType.CHAR, required(row, "character_maximum_length"));
            case "varchar" -> ColumnType.of(DataType.VARCHAR, required(row, "character_maximum_length"));
            // as the dialect's canonical form has them: the largest varchar each text type holds
            case "text" -> ColumnType.of(DataType.VARCHAR, 65_535);
            case "mediumtext" -> ColumnType.of(DataType.VARCHAR, 16_777_215);
            // json is longtext with MariaDB's own json_valid check
            case "longtext" -> ColumnType.of(row.getBoolean("is_json") ? DataType.JSON : DataType.CLOB);
            case "tinytext" -> ColumnType.of(DataType.CLOB);
            // column_type doubles a backslash in a value, as in a literal
            case "enum" -> ColumnType.parse(row.getString("native_type").replace("\\\\", "\\"));
            case "date" -> ColumnType.of(DataType.DATE);
            case "time" -> ColumnType.of(DataType.TIME, required(row, "datetime_precision"));
            case "datetime" -> ColumnType.of(DataType.TIMESTAMP, required(row, "datetime_precision"));
            // MariaDB's timestamp is stored in UTC and shown in the session's zone: an instant.
            case "timestamp" -> ColumnType.of(DataType.TIMESTAMP_TZ, required(row, "datetime_precision"));
            case "uuid" -> ColumnType.of(DataType.UUID);
            case "varbinary" -> ColumnType.of(DataType.VARBINARY, required(row, "character_maximum_length"));
            case "tinyblob", "blob", "mediumblob", "longblob" -> ColumnType.of(DataType.BLOB);
            default -> null;
        };
    }

    @Override
    protected @Nullable DefaultValue defaultValue(@Nullable String text, ColumnType type) {
        if (text == null) {
            return null;
        }
        Matcher bits = BIT_LITERAL.matcher(text);
        if (bits.matches()) {
            return DefaultValues.parse(Long.toString(Long.parseLong(bits.group(1), 2)), type.type());
        }
        if (text.indexOf('\\') >= 0 && ESCAPED_LITERAL.matcher(text).matches()) {
            return DefaultValues.parse(DefaultValues.withoutBackslashEscapes(text), type.type());
        }
        // MariaDB writes current_timestamp with the column's precision, whatever the DDL said.
        String normalized = CURRENT_TIMESTAMP.matcher(text).replaceAll("current_timestamp");
        normalized = CURRENT_TIME.matcher(normalized).replaceAll("current_time").replace("curdate()", "current_date");
        return DefaultValues.parse(normalized, type.type());
    }

    @Override
    protected List<KeyRow> readKeyRows(Connection connection) throws SQLException {
        Map<List<String>, String> deleteRules = new HashMap<>();
        query(connection, """
                select table_name, constraint_name, delete_rule from information_schema.referential_constraints
                where constraint_schema = database()
                """, row -> deleteRules.put(List.of(lower(row.getString("table_name")),
                lower(row.getString("constraint_name"))), row.getString("delete_rule")));
        // Unique constraints come with the indexes: in MariaDB they are the same thing.
        return keyRows(connection, """
                select table_name, constraint_name,
                  case when constraint_name = 'PRIMARY' then 'PRIMARY KEY' else 'FOREIGN KEY' end as constraint_type,
                  column_name, referenced_table_name, referenced_column_name, null as delete_rule
                from information_schema.key_column_usage
                where table_schema = database() and (constraint_name = 'PRIMARY' or referenced_table_name is not null)
                order by table_name, constraint_name, ordinal_position
                """).stream()
                .map(key -> key.type().equals("FOREIGN KEY")
                        ? key.withDeleteRule(deleteRules.get(List.of(key.table(), key.name()))) : key)
                .toList();
    }

    /** In MariaDB RESTRICT and NO ACTION are the same, and RESTRICT is what it shows when none was given. */
    @Override
    protected ReferentialAction onDelete(String rule) {
        ReferentialAction action = super.onDelete(rule);
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    @Override
    protected List<IndexRow> readIndexRows(Connection connection) throws SQLException {
        // Left out: the primary key, indexes on column prefixes, full-text and spatial indexes.
        return indexRows(connection, """
                select s.table_name, s.index_name, s.non_unique = 0 as is_unique, s.column_name,
                  s.collation = 'D' as is_descending, s.sub_part is null and s.index_type = 'BTREE' as is_expressible
                from information_schema.statistics s
                where s.table_schema = database() and s.index_name <> 'PRIMARY'
                order by s.table_name, s.index_name, s.seq_in_index
                """);
    }

    /**
     * A unique index is how MariaDB keeps a unique constraint, so each one without a DESC column
     * is reported as a unique constraint; and the index MariaDB made by itself for a foreign key
     * is not reported at all.
     */
    @Override
    protected void addIndex(TableParts table, Index index) {
        if (index.unique() && index.columns().stream().noneMatch(IndexColumn::descending)) {
            table.uniqueConstraints.add(new UniqueConstraint(index.name(), index.columnNames()));
        } else if (table.foreignKeys.stream().noneMatch(key -> madeForForeignKey(index, key))) {
            super.addIndex(table, index);
        }
    }

    /**
     * MariaDB names the index it makes for a foreign key after the key, or after the key's first
     * column when the key itself got a generated name ({@code book_ibfk_1}).
     */
    private static boolean madeForForeignKey(Index index, ForeignKey key) {
        boolean namedForKey = index.name().equals(key.name())
                || (FOREIGN_KEY_GENERATED_NAME.matcher(key.name()).matches()
                        && index.name().equals(key.columns().get(0)));
        return namedForKey && !index.unique() && index.columnNames().equals(key.columns())
                && index.columns().stream().noneMatch(IndexColumn::descending);
    }

    /** MariaDB 10.11 has no catalog view of sequences: each one is read as a one-row table, in one query. */
    @Override
    protected List<Sequence> readSequences(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        query(connection, """
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'SEQUENCE'
                order by table_name
                """, row -> names.add(row.getString("table_name")));
        List<Sequence> sequences = new ArrayList<>();
        if (names.isEmpty()) {
            return sequences;
        }
        String union = IntStream.range(0, names.size())
                .mapToObj(i -> "select " + i + " as n, start_value, increment from " + quote(names.get(i)))
                .collect(Collectors.joining(" union all "));
        query(connection, union, row -> sequences.add(new Sequence(lower(names.get(row.getInt("n"))),
                row.getLong("start_value"), row.getLong("increment"))));
        return sequences;
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
