package dev.migrate.dialect;

import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.AddUniqueConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.Operation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL 15 (and later).
 *
 * <p>PostgreSQL has no enum type that Hibernate uses: a STRING enum is a {@code varchar} with a
 * check on its values, declared with the column, so PostgreSQL names it
 * {@code <table>_<column>_check}. The check belongs to the column's type: it is created, changed,
 * renamed and dropped with it, and {@link #canonical} shows it as the check it is.
 */
final class PostgreSqlDialect extends Dialect {

    /** Hibernate's limit for {@code varchar(n)}; longer strings become {@code text}. */
    static final int MAX_VARCHAR = 10_485_760;
    /** PostgreSQL's maximum fractional seconds precision; a larger one is reduced to it, with a warning. */
    static final int MAX_FRACTIONAL_SECONDS = 6;
    /** The length that stands for "unbounded" ({@code text}, {@code bytea}), as its JDBC driver reports them. */
    static final int UNBOUNDED = Integer.MAX_VALUE;
    /** NAMEDATALEN - 1: the longest name PostgreSQL keeps, in bytes. */
    static final int MAX_NAME_BYTES = 63;

    @Override
    public String name() {
        return "postgresql";
    }

    /**
     * With a backslash, an escape string ({@code E'...'}, backslashes doubled): a plain literal's
     * backslash is an escape where {@code standard_conforming_strings} is off (as before PostgreSQL 9.1),
     * and an escape string reads the same either way.
     */
    @Override
    public String stringLiteral(String value) {
        return value.indexOf('\\') < 0 ? super.stringLiteral(value)
                : "E" + backslashEscaped(value);
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public String millisSinceTransactionStart() {
        return "(extract(epoch from clock_timestamp() - transaction_timestamp()) * 1000)::bigint";
    }

    @Override
    public String rowsAsJsonQuery(String columns, String table, String order) {
        return "select json_agg(json_build_array(" + columns + ") order by " + order + ") from " + table;
    }

    /**
     * PostgreSQL keeps at most {@value #MAX_NAME_BYTES} bytes of a name (UTF-8) and silently cuts a
     * longer one short, so a longer name is refused; {@code 入职日期} is 12 bytes. Any other
     * character but NUL (refused for every database) can be stored in a quoted name.
     */
    @Override
    public String quote(String identifier) {
        String name = requireIdentifier(identifier);
        int bytes = Identifiers.utf8Length(name);
        if (bytes > MAX_NAME_BYTES) {
            throw cannotStore("PostgreSQL", name, "it is " + bytes + " bytes long in UTF-8, and PostgreSQL keeps "
                    + "only the first " + MAX_NAME_BYTES + " bytes of a name");
        }
        return quoted(name, '"');
    }

    @Override
    public String columnType(ColumnType type) {
        return switch (type.type()) {
            case BIGINT -> "bigint";
            case INTEGER -> "integer";
            case SMALLINT, TINYINT -> "smallint";
            case BOOLEAN -> "boolean";
            case DECIMAL -> decimal("numeric", type);
            case FLOAT -> "float4";
            case DOUBLE -> "float(53)";
            case CHAR -> "char(" + type.size() + ")";
            case VARCHAR -> size(type) <= MAX_VARCHAR ? "varchar(" + type.size() + ")" : "text";
            case TEXT -> "text";
            case JSON -> "jsonb";
            case ENUM -> "varchar(" + type.enumLength() + ")";
            case NATIVE -> definition(type);
            // Hibernate keeps @Lob values of both kinds as large objects, referenced by an oid column
            case CLOB, BLOB -> "oid";
            case DATE -> "date";
            case TIME -> "time(" + fractionalSeconds(type) + ")";
            case TIMESTAMP -> "timestamp(" + fractionalSeconds(type) + ")";
            case TIMESTAMP_TZ -> "timestamp(" + fractionalSeconds(type) + ") with time zone";
            case UUID -> "uuid";
            case VARBINARY -> "bytea";
        };
    }

    @Override
    int maxVarcharLength() {
        return MAX_VARCHAR;
    }

    /** bytea is unbounded. */
    @Override
    int maxVarbinaryLength() {
        return UNBOUNDED;
    }

    @Override
    boolean hasEnumType() {
        return false;
    }

    @Override
    String identityClause() {
        return "generated by default as identity";
    }

    @Override
    String columnCheck(Column column) {
        return column.type().type() == DataType.ENUM ? " check (" + enumCondition(column) + ")" : "";
    }

    private String enumCondition(Column column) {
        return quote(column.name()) + " in (" + enumValues(column.type()) + ")";
    }

    /**
     * A cast is needed only when the kind of type changes; resizing converts implicitly. An enum's
     * check goes before the type changes and comes back after, with the new values.
     */
    @Override
    List<String> modifyDataType(String table, Column column, ColumnType newType) {
        ColumnType oldType = column.type();
        boolean wasEnum = oldType.type() == DataType.ENUM;
        boolean isEnum = newType.type() == DataType.ENUM;
        List<String> statements = new ArrayList<>();
        if (wasEnum && !(isEnum && oldType.values().equals(newType.values()))) {
            statements.add(alterTable(table) + " drop constraint " + quote(enumCheckName(table, column.name())));
        }
        String type = columnType(newType);
        if (!type.equals(columnType(oldType))) {
            boolean sameKind = canonicalType(oldType).type() == canonicalType(newType).type();
            String using = sameKind ? "" : " using " + quote(column.name()) + "::" + type;
            statements.add(alterColumn(table, column.name()) + " type " + type + using);
        }
        if (isEnum && !(wasEnum && oldType.values().equals(newType.values()))) {
            statements.add(alterTable(table) + " add constraint " + quote(enumCheckName(table, column.name()))
                    + " check (" + enumCondition(column.withType(newType)) + ")");
        }
        return statements;
    }

    /*
     * Online forms. Each statement commits on its own (the executor runs them in auto-commit), so the
     * short ACCESS EXCLUSIVE / SHARE ROW EXCLUSIVE lock of adding a constraint NOT VALID is released
     * before the scan, which VALIDATE CONSTRAINT does under SHARE UPDATE EXCLUSIVE: reads and writes
     * go on. CREATE INDEX CONCURRENTLY cannot run inside a transaction block at all.
     */

    @Override
    public boolean runsOutsideTransaction(Operation operation) {
        return operation instanceof CreateIndex o && o.online() || operation instanceof AddUniqueConstraint u && u.online()
                || operation instanceof AddForeignKeyConstraint f && f.online()
                || operation instanceof AddCheckConstraint c && c.online()
                || operation instanceof AddNotNullConstraint n && n.online();
    }

    /**
     * A failed CREATE INDEX CONCURRENTLY leaves an INVALID index (of no use, but maintained on every
     * write); a failed validation leaves the constraint NOT VALID; the temporary check of SET NOT NULL
     * may stay. What the replay says is free (the name of a new index or constraint) is dropped here.
     */
    @Override
    public List<String> onlineLeftovers(Operation operation) {
        if (!runsOutsideTransaction(operation)) {
            return List.of();
        }
        if (operation instanceof CreateIndex o) {
            return List.of("drop index concurrently if exists " + quote(o.index().name()));
        }
        if (operation instanceof AddUniqueConstraint o) {
            return List.of(alterTable(o.tableName()) + " drop constraint if exists " + quote(o.constraint().name()),
                    "drop index concurrently if exists " + quote(o.constraint().name()));
        }
        if (operation instanceof AddForeignKeyConstraint o) {
            return List.of(alterTable(o.tableName()) + " drop constraint if exists " + quote(o.foreignKey().name()));
        }
        if (operation instanceof AddCheckConstraint o) {
            return List.of(alterTable(o.tableName()) + " drop constraint if exists " + quote(o.constraint().name()));
        }
        AddNotNullConstraint o = (AddNotNullConstraint) operation;
        return List.of(alterTable(o.tableName()) + " drop constraint if exists "
                + quote(notNullCheckName(o.tableName(), o.columnName())));
    }

    @Override
    public Optional<LockTimeout> lockTimeout(java.time.Duration timeout) {
        return Optional.of(new LockTimeout("set lock_timeout = " + Math.max(1, timeout.toMillis()),
                "reset lock_timeout"));
    }

    @Override
    String onlineCreateIndex(String table, Index index) {
        return createIndex(table, index).replaceFirst("index ", "index concurrently ");
    }

    /** A unique index built concurrently, then made the constraint: PostgreSQL's ADD CONSTRAINT ... USING INDEX. */
    @Override
    List<String> onlineAddUniqueConstraint(String table, UniqueConstraint constraint) {
        return List.of("create unique index concurrently " + quote(constraint.name()) + " on " + quote(table) + " "
                + columnList(constraint.columns()),
                alterTable(table) + " add constraint " + quote(constraint.name()) + " unique using index "
                        + quote(constraint.name()));
    }

    @Override
    List<String> onlineAddForeignKey(String table, ForeignKey key) {
        return List.of(addForeignKey(table, key) + " not valid", validate(table, key.name()));
    }

    @Override
    List<String> onlineAddCheckConstraint(String table, CheckConstraint check) {
        return List.of(addCheckConstraint(table, check).get(0) + " not valid", validate(table, check.name()));
    }

    /**
     * PostgreSQL 12 and later skip SET NOT NULL's full scan when a validated check proves the column
     * has no nulls; the check is added NOT VALID, validated without blocking writes, and dropped after.
     */
    @Override
    List<String> onlineSetNotNull(String table, Column column) {
        String check = quote(notNullCheckName(table, column.name()));
        return List.of(alterTable(table) + " add constraint " + check + " check (" + quote(column.name())
                        + " is not null) not valid",
                alterTable(table) + " validate constraint " + check,
                setNullable(table, column, false),
                alterTable(table) + " drop constraint " + check);
    }

    private String validate(String table, String constraint) {
        return alterTable(table) + " validate constraint " + quote(constraint);
    }

    /** The temporary check of an online SET NOT NULL: {@code <table>_<column>_not_null}, cut to 63 bytes. */
    static String notNullCheckName(String table, String column) {
        return objectName(table, column, "not_null");
    }

    /** PostgreSQL keeps a check's name when its table or column is renamed; an enum's check follows them. */
    @Override
    List<String> renameTable(String oldName, String newName, Table table) {
        List<String> statements = new ArrayList<>(super.renameTable(oldName, newName, table));
        for (Column column : table.columns()) {
            if (column.type().type() == DataType.ENUM) {
                statements.add(renameConstraint(newName, enumCheckName(oldName, column.name()),
                        enumCheckName(newName, column.name())));
            }
        }
        return statements;
    }

    @Override
    List<String> renameColumn(String table, Column column, String newName) {
        List<String> statements = new ArrayList<>(super.renameColumn(table, column, newName));
        if (column.type().type() == DataType.ENUM) {
            statements.add(renameConstraint(table, enumCheckName(table, column.name()), enumCheckName(table, newName)));
        }
        return statements;
    }

    private String renameConstraint(String table, String oldName, String newName) {
        return alterTable(table) + " rename constraint " + quote(oldName) + " to " + quote(newName);
    }

    /** The name PostgreSQL gives the check declared with a column: {@code <table>_<column>_check}, cut to fit. */
    static String enumCheckName(String table, String column) {
        return objectName(table, column, "check");
    }

    /**
     * PostgreSQL's {@code makeObjectName}: the longer of the two names loses its last character
     * until the whole fits in 63 bytes.
     */
    static String objectName(String first, String second, String label) {
        int available = MAX_NAME_BYTES - Identifiers.utf8Length(label) - 2;
        String a = first;
        String b = second;
        while (Identifiers.utf8Length(a) + Identifiers.utf8Length(b) > available) {
            if (Identifiers.utf8Length(a) > Identifiers.utf8Length(b)) {
                a = a.substring(0, a.offsetByCodePoints(a.length(), -1));
            } else {
                b = b.substring(0, b.offsetByCodePoints(b.length(), -1));
            }
        }
        return a + "_" + b + "_" + label;
    }

    /** The check of each enum column, as PostgreSQL holds it; the columns become the varchar they are. */
    @Override
    Table canonicalTable(Table table) {
        Table canonical = super.canonicalTable(table);
        List<CheckConstraint> checks = new ArrayList<>(canonical.checkConstraints());
        for (Column column : table.columns()) {
            if (column.type().type() == DataType.ENUM) {
                checks.add(new CheckConstraint(enumCheckName(table.name(), column.name()), enumCondition(column)));
            }
        }
        return canonical.withCheckConstraints(checks);
    }

    @Override
    ColumnType canonicalType(ColumnType type) {
        return switch (type.type()) {
            case TINYINT -> ColumnType.of(DataType.SMALLINT);
            case CLOB -> ColumnType.of(DataType.BLOB);
            case VARCHAR -> size(type) <= MAX_VARCHAR ? type : ColumnType.of(DataType.VARCHAR, UNBOUNDED);
            case VARBINARY -> ColumnType.of(DataType.VARBINARY, UNBOUNDED);
            case TEXT -> ColumnType.of(DataType.VARCHAR, UNBOUNDED);
            case ENUM -> canonicalType(ColumnType.of(DataType.VARCHAR, type.enumLength()));
            case TIME, TIMESTAMP, TIMESTAMP_TZ ->
                new ColumnType(type.type(), Math.min(fractionalSeconds(type), MAX_FRACTIONAL_SECONDS), null);
            default -> type;
        };
    }

    @Override
    public Optional<LockStatements> lockStatements(String lockName) {
        long key = lockKey(requireLockName(lockName));
        return Optional.of(new LockStatements("select pg_try_advisory_lock(" + key + ")",
                "select pg_advisory_unlock(" + key + ")"));
    }

    /** Advisory locks are keyed by a number: the first 64 bits of the name's SHA-256, the same in every JVM. */
    static long lockKey(String lockName) {
        return Sha256.first64Bits(lockName.getBytes(StandardCharsets.UTF_8));
    }
}
