package dev.migrate.introspect;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.Sequence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL, from {@code pg_catalog} (its {@code information_schema} views are many times slower
 * and do not tell a unique index from a unique constraint, nor show DESC index columns).
 */
final class PostgresCatalogReader extends CatalogReader {

    /** What {@code format_type} writes: {@code character varying(100)}, {@code timestamp(6) with time zone}. */
    private static final Pattern FORMATTED_TYPE = Pattern.compile(
            "([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone| without time zone)?");
    /**
     * A literal with casts, as PostgreSQL shows defaults: {@code 'abc'::character varying},
     * {@code '-1'::integer}, {@code NULL::character varying}.
     */
    private static final Pattern CAST_LITERAL = Pattern.compile(
            "('(?:[^']|'')*'|[-+0-9.eE]+|NULL)(?:::[a-z][a-z0-9_ ]*(?:\\(\\d+(?:,\\d+)?\\))?(?:\\[])?)+");
    /** PostgreSQL's time and timestamp types keep microseconds unless told otherwise. */
    private static final int DEFAULT_FRACTIONAL_SECONDS = 6;

    @Override
    protected String tablesQuery() {
        return """
                select c.relname as table_name
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                """;
    }

    /** {@code pg_get_expr} gives the condition without {@code CHECK}; NOT NULL is not a check here. */
    @Override
    protected String checksQuery() {
        return """
                select c.relname as table_name, k.conname as constraint_name,
                  pg_get_expr(k.conbin, k.conrelid) as expression
                from pg_constraint k
                join pg_class c on c.oid = k.conrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and k.contype = 'c'
                """;
    }

    @Override
    protected String columnsQuery() {
        // A serial column is auto-increment too: a nextval default on a sequence the column owns.
        // With standard_conforming_strings off, pg_get_expr doubles every backslash in a literal
        // (chr(92)): halved, a default reads the same whatever the reading session's setting.
        return """
                select c.relname as table_name, a.attname as column_name,
                  format_type(a.atttypid, a.atttypmod) as native_type,
                  not a.attnotnull as is_nullable,
                  case when current_setting('standard_conforming_strings') = 'on' then pg_get_expr(d.adbin, d.adrelid)
                    else replace(pg_get_expr(d.adbin, d.adrelid), chr(92) || chr(92), chr(92)) end as column_default,
                  a.attidentity <> '' or (pg_get_expr(d.adbin, d.adrelid) like 'nextval(%' and exists (
                    select 1 from pg_depend dep join pg_class s on s.oid = dep.objid and s.relkind = 'S'
                    where dep.classid = 'pg_class'::regclass and dep.refclassid = 'pg_class'::regclass
                      and dep.refobjid = c.oid and dep.refobjsubid = a.attnum and dep.deptype = 'a'))
                    as is_auto_increment,
                  a.attgenerated <> '' as is_generated
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                order by c.relname, a.attnum
                """;
    }

    @Override
    protected @Nullable ColumnType columnType(ResultSet row) throws SQLException {
        Matcher type = FORMATTED_TYPE.matcher(row.getString("native_type"));
        if (!type.matches()) {
            return null;
        }
        Integer size = type.group(2) == null ? null : Integer.valueOf(type.group(2));
        Integer scale = type.group(3) == null ? null : Integer.valueOf(type.group(3));
        boolean withTimeZone = " with time zone".equals(type.group(4));
        int fraction = size == null ? DEFAULT_FRACTIONAL_SECONDS : size;
        return switch (type.group(1)) {
            case "bigint" -> ColumnType.of(DataType.BIGINT);
            case "integer" -> ColumnType.of(DataType.INTEGER);
            case "smallint" -> ColumnType.of(DataType.SMALLINT);
            case "boolean" -> ColumnType.of(DataType.BOOLEAN);
            case "numeric" -> size == null ? null : ColumnType.decimal(size, scale == null ? 0 : scale);
            case "real" -> ColumnType.of(DataType.FLOAT);
            case "double precision" -> ColumnType.of(DataType.DOUBLE);
            case "character", "bpchar" -> ColumnType.of(DataType.CHAR, lengthOrUnbounded(size));
            case "character varying" -> ColumnType.of(DataType.VARCHAR, lengthOrUnbounded(size));
            case "text" -> ColumnType.of(DataType.VARCHAR, SchemaIntrospector.UNBOUNDED_LENGTH);
            // Hibernate maps both @Lob byte[] and @Lob String to oid (a large object reference).
            case "oid" -> ColumnType.of(DataType.BLOB);
            case "bytea" -> ColumnType.of(DataType.VARBINARY, SchemaIntrospector.UNBOUNDED_LENGTH);
            case "date" -> ColumnType.of(DataType.DATE);
            case "time" -> withTimeZone ? null : ColumnType.of(DataType.TIME, fraction);
            case "timestamp" -> ColumnType.of(withTimeZone ? DataType.TIMESTAMP_TZ : DataType.TIMESTAMP, fraction);
            case "uuid" -> ColumnType.of(DataType.UUID);
            case "jsonb" -> ColumnType.of(DataType.JSON);
            default -> null;
        };
    }

    private static int lengthOrUnbounded(@Nullable Integer size) {
        return size == null ? SchemaIntrospector.UNBOUNDED_LENGTH : size;
    }

    @Override
    protected @Nullable DefaultValue defaultValue(@Nullable String text, ColumnType type) {
        if (text == null) {
            return null;
        }
        Matcher literal = CAST_LITERAL.matcher(text);
        if (literal.matches()) {
            return DefaultValues.parse(literal.group(1), type.type());
        }
        // now() is PostgreSQL's own name for current_timestamp.
        return DefaultValues.parse(text.equals("now()") ? "current_timestamp" : text, type.type());
    }

    @Override
    protected List<KeyRow> readKeyRows(Connection connection) throws SQLException {
        return keyRows(connection, """
                select c.relname as table_name, k.conname as constraint_name,
                  case k.contype when 'p' then 'PRIMARY KEY' when 'u' then 'UNIQUE' else 'FOREIGN KEY' end
                    as constraint_type,
                  a.attname as column_name, r.relname as referenced_table_name, ra.attname as referenced_column_name,
                  case k.confdeltype when 'a' then 'NO ACTION' when 'r' then 'RESTRICT' when 'c' then 'CASCADE'
                    when 'n' then 'SET NULL' when 'd' then 'SET DEFAULT' end as delete_rule
                from pg_constraint k
                join pg_class c on c.oid = k.conrelid
                join pg_namespace n on n.oid = c.relnamespace
                cross join lateral unnest(k.conkey, k.confkey) with ordinality as u(attnum, referenced_attnum, position)
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
                left join pg_class r on r.oid = k.confrelid
                left join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = u.referenced_attnum
                where n.nspname = current_schema() and k.contype in ('p', 'u', 'f')
                order by c.relname, k.conname, u.position
                """);
    }

    @Override
    protected List<IndexRow> readIndexRows(Connection connection) throws SQLException {
        // Left out: indexes backing a constraint, on expressions, partial, or not b-tree; INCLUDE columns.
        return indexRows(connection, """
                select c.relname as table_name, i.relname as index_name, x.indisunique as is_unique,
                  a.attname as column_name, (x.indoption[u.position - 1] & 1) = 1 as is_descending,
                  true as is_expressible
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_am am on am.oid = i.relam
                join pg_class c on c.oid = x.indrelid
                join pg_namespace n on n.oid = c.relnamespace
                cross join lateral unnest(x.indkey) with ordinality as u(attnum, position)
                join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.attnum
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                  and am.amname = 'btree' and x.indexprs is null and x.indpred is null and u.position <= x.indnkeyatts
                  and not exists (select 1 from pg_constraint k
                                  where k.conindid = x.indexrelid and k.contype in ('p', 'u', 'x'))
                order by c.relname, i.relname, u.position
                """);
    }

    @Override
    protected List<Sequence> readSequences(Connection connection) throws SQLException {
        // Sequences owned by a column are the hidden ones of identity (and serial) columns.
        return sequences(connection, """
                select s.relname as sequence_name, q.seqstart as start_value, q.seqincrement as increment
                from pg_sequence q
                join pg_class s on s.oid = q.seqrelid
                join pg_namespace n on n.oid = s.relnamespace
                where n.nspname = current_schema()
                  and not exists (select 1 from pg_depend dep
                                  where dep.classid = 'pg_class'::regclass and dep.objid = s.oid
                                    and dep.refclassid = 'pg_class'::regclass and dep.refobjsubid > 0
                                    and dep.deptype in ('a', 'i'))
                """);
    }
}
