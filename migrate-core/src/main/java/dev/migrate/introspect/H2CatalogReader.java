package dev.migrate.introspect;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.Sequence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * H2 2.x, from its {@code INFORMATION_SCHEMA}, for the connection's current schema. H2 joins
 * these views (and runs subqueries on them) in quadratic time, a second and more for 500 tables,
 * so each query reads one view and the rows are joined here.
 */
final class H2CatalogReader extends CatalogReader {

    /** A literal with its type in front, as H2 shows some defaults: {@code DATE '2020-01-31'}. */
    private static final Pattern TYPED_LITERAL = Pattern.compile("[A-Z][A-Z ]* ('(?:[^']|'')*')");
    /** How H2 shows a text with a control character: {@code U&'two\000alines'}. */
    private static final Pattern UNICODE_LITERAL = Pattern.compile("U&('(?:[^']|'')*')", Pattern.CASE_INSENSITIVE);
    /** How H2 shows a number written with an exponent: {@code CAST(1E+3 AS DECFLOAT)}. */
    private static final Pattern CAST_NUMBER = Pattern.compile("CAST\\(([-+0-9.E]+) AS [A-Z ]+(?:\\(\\d+\\))?\\)");

    @Override
    protected String tablesQuery() {
        return "select table_name from information_schema.tables where table_schema = current_schema"
                + " and table_type = 'BASE TABLE'";
    }

    @Override
    protected String checksQuery() {
        return """
                select t.table_name, c.constraint_name, c.check_clause as expression
                from information_schema.check_constraints c
                join information_schema.table_constraints t
                  on t.constraint_schema = c.constraint_schema and t.constraint_name = c.constraint_name
                where c.constraint_schema = current_schema and t.constraint_type = 'CHECK'
                """;
    }

    @Override
    protected String columnsQuery() {
        return """
                select table_name, column_name, data_type as native_type,
                  character_maximum_length, numeric_precision, numeric_scale, datetime_precision,
                  is_nullable = 'YES' as is_nullable, column_default,
                  is_identity = 'YES' as is_auto_increment, is_generated = 'ALWAYS' as is_generated,
                  (select listagg('''' || replace(v.value_name, '''', '''''') || '''', ',')
                     within group (order by v.value_ordinal)
                   from information_schema.enum_values v
                   where v.object_schema = c.table_schema and v.object_name = c.table_name
                     and v.object_type = 'TABLE' and v.enum_identifier = c.dtd_identifier) as enum_values
                from information_schema.columns c
                where table_schema = current_schema
                order by table_name, ordinal_position
                """;
    }

    @Override
    protected @Nullable ColumnType columnType(ResultSet row) throws SQLException {
        return switch (row.getString("native_type")) {
            case "BIGINT" -> ColumnType.of(DataType.BIGINT);
            case "INTEGER" -> ColumnType.of(DataType.INTEGER);
            case "SMALLINT" -> ColumnType.of(DataType.SMALLINT);
            case "TINYINT" -> ColumnType.of(DataType.TINYINT);
            case "BOOLEAN" -> ColumnType.of(DataType.BOOLEAN);
            case "NUMERIC" -> ColumnType.decimal(required(row, "numeric_precision"), required(row, "numeric_scale"));
            // float(24) and below become REAL, float(25) and above DOUBLE PRECISION.
            case "REAL" -> ColumnType.of(DataType.FLOAT);
            case "DOUBLE PRECISION" -> ColumnType.of(DataType.DOUBLE);
            case "CHARACTER" -> ColumnType.of(DataType.CHAR, required(row, "character_maximum_length"));
            case "CHARACTER VARYING" -> ColumnType.of(DataType.VARCHAR, required(row, "character_maximum_length"));
            case "CHARACTER LARGE OBJECT" -> ColumnType.of(DataType.CLOB);
            case "DATE" -> ColumnType.of(DataType.DATE);
            case "TIME" -> ColumnType.of(DataType.TIME, required(row, "datetime_precision"));
            case "TIMESTAMP" -> ColumnType.of(DataType.TIMESTAMP, required(row, "datetime_precision"));
            case "TIMESTAMP WITH TIME ZONE" -> ColumnType.of(DataType.TIMESTAMP_TZ, required(row, "datetime_precision"));
            case "UUID" -> ColumnType.of(DataType.UUID);
            case "JSON" -> ColumnType.of(DataType.JSON);
            case "BINARY VARYING" -> ColumnType.of(DataType.VARBINARY, required(row, "character_maximum_length"));
            case "BINARY LARGE OBJECT" -> ColumnType.of(DataType.BLOB);
            case "ENUM" -> ColumnType.parse("enum(" + row.getString("enum_values") + ")");
            default -> null;
        };
    }

    @Override
    protected @Nullable DefaultValue defaultValue(@Nullable String text, ColumnType type) {
        if (text == null) {
            return null;
        }
        Matcher unicode = UNICODE_LITERAL.matcher(text);
        if (unicode.matches()) {
            return DefaultValues.parse(DefaultValues.withoutUnicodeEscapes(unicode.group(1)), type.type());
        }
        Matcher literal = TYPED_LITERAL.matcher(text);
        if (!literal.matches()) {
            literal = CAST_NUMBER.matcher(text);
        }
        return DefaultValues.parse(literal.matches() ? literal.group(1) : text, type.type());
    }

    /** Constraint names are unique in an H2 schema, so they key the rows of all three views. */
    @Override
    protected List<KeyRow> readKeyRows(Connection connection) throws SQLException {
        Map<String, String> types = new HashMap<>();
        Map<String, String> indexByConstraint = new HashMap<>();
        query(connection, """
                select constraint_name, constraint_type, index_name from information_schema.table_constraints
                where constraint_schema = current_schema and constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
                """, row -> {
            types.put(row.getString("constraint_name"), row.getString("constraint_type"));
            indexByConstraint.put(row.getString("constraint_name"), row.getString("index_name"));
        });
        Map<String, List<String>> indexColumns = new HashMap<>();
        query(connection, """
                select index_name, column_name from information_schema.index_columns
                where index_schema = current_schema
                order by index_name, ordinal_position
                """, row -> indexColumns.computeIfAbsent(row.getString("index_name"), i -> new ArrayList<>())
                .add(row.getString("column_name")));
        Map<String, Reference> references = new HashMap<>();
        query(connection, """
                select constraint_name, unique_constraint_name, delete_rule from information_schema.referential_constraints
                where constraint_schema = current_schema
                """, row -> references.put(row.getString("constraint_name"),
                new Reference(row.getString("unique_constraint_name"), row.getString("delete_rule"))));
        List<Usage> usages = new ArrayList<>();
        Map<String, List<Usage>> usagesByConstraint = new HashMap<>();
        query(connection, """
                select constraint_name, table_name, column_name, position_in_unique_constraint
                from information_schema.key_column_usage
                where constraint_schema = current_schema
                order by table_name, constraint_name, ordinal_position
                """, row -> {
            Usage usage = new Usage(row.getString("constraint_name"), row.getString("table_name"),
                    row.getString("column_name"), integer(row, "position_in_unique_constraint"));
            usages.add(usage);
            usagesByConstraint.computeIfAbsent(usage.constraint, c -> new ArrayList<>()).add(usage);
        });
        currentColumnNames(usagesByConstraint, indexByConstraint, indexColumns, usages);
        List<KeyRow> rows = new ArrayList<>();
        for (Usage usage : usages) {
            String type = types.get(usage.constraint);
            if (type == null) {
                continue;
            }
            Reference reference = references.get(usage.constraint);
            // The referenced key's columns, unless it lies in another schema.
            List<Usage> referencedKey = reference == null ? null : usagesByConstraint.get(reference.uniqueConstraint);
            Usage referenced = referencedKey == null ? null : referencedKey.get(Objects.requireNonNull(usage.positionInReferenced) - 1);
            rows.add(new KeyRow(lower(usage.table), lower(usage.constraint), type, lower(usage.column),
                    referenced == null ? null : lower(referenced.table),
                    referenced == null ? null : lower(referenced.column),
                    reference == null ? null : reference.deleteRule));
        }
        return rows;
    }

    /**
     * H2 2.4 leaves key_column_usage with a column's old name after the column is renamed, while
     * the constraint's backing index has the new one. The index starts with the key's columns in
     * key order, so its leading columns give the current names.
     */
    private static void currentColumnNames(Map<String, List<Usage>> usagesByConstraint,
            Map<String, String> indexByConstraint, Map<String, List<String>> indexColumns, List<Usage> usages) {
        Map<Usage, Usage> renamed = new java.util.IdentityHashMap<>();
        for (Map.Entry<String, List<Usage>> entry : usagesByConstraint.entrySet()) {
            List<Usage> keyUsages = entry.getValue();
            List<String> columns = indexColumns.get(indexByConstraint.get(entry.getKey()));
            if (columns == null || columns.size() < keyUsages.size()) {
                continue;
            }
            for (int i = 0; i < keyUsages.size(); i++) {
                Usage stale = keyUsages.get(i);
                Usage current = new Usage(stale.constraint, stale.table, columns.get(i), stale.positionInReferenced);
                keyUsages.set(i, current);
                renamed.put(stale, current);
            }
        }
        usages.replaceAll(usage -> renamed.getOrDefault(usage, usage));
    }

    /** A row of key_column_usage. */
    private record Usage(String constraint, String table, String column, @Nullable Integer positionInReferenced) {
    }

    /** A row of referential_constraints: the key a foreign key references, and its delete rule. */
    private record Reference(String uniqueConstraint, String deleteRule) {
    }

    @Override
    protected List<IndexRow> readIndexRows(Connection connection) throws SQLException {
        // H2 marks the indexes it made itself for constraints (PRIMARY_KEY_x, ..._INDEX_x) as generated.
        Map<String, Boolean> uniqueByIndex = new HashMap<>();
        query(connection, """
                select index_name, index_type_name from information_schema.indexes
                where index_schema = current_schema and not is_generated and index_type_name in ('INDEX', 'UNIQUE INDEX')
                """, row -> uniqueByIndex.put(row.getString("index_name"),
                row.getString("index_type_name").equals("UNIQUE INDEX")));
        List<IndexRow> rows = new ArrayList<>();
        query(connection, """
                select table_name, index_name, column_name, ordering_specification from information_schema.index_columns
                where index_schema = current_schema
                order by table_name, index_name, ordinal_position
                """, row -> {
            Boolean unique = uniqueByIndex.get(row.getString("index_name"));
            if (unique != null) {
                rows.add(new IndexRow(lower(row.getString("table_name")), lower(row.getString("index_name")), unique,
                        lower(row.getString("column_name")), row.getString("ordering_specification").equals("DESC"),
                        true));
            }
        });
        return rows;
    }

    @Override
    protected List<Sequence> readSequences(Connection connection) throws SQLException {
        // Identity columns' own sequences are not listed here.
        return sequences(connection, """
                select sequence_name, start_value, increment from information_schema.sequences
                where sequence_schema = current_schema
                """);
    }
}
