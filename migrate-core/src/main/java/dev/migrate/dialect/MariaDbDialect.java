package dev.migrate.dialect;

import dev.migrate.operation.CreateTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** MariaDB 10.11 (10.7 is the oldest with a {@code uuid} type, 10.8 with descending indexes). */
final class MariaDbDialect extends Dialect {

    /** Hibernate's limit for {@code varchar(n)}: a row holds 65,535 bytes, a utf8mb4 character up to 4. */
    static final int MAX_VARCHAR = 16_383;
    static final int MAX_VARBINARY = 65_535;
    /** What {@code text} holds; {@code mediumtext} and {@code mediumblob} hold {@link #MEDIUM}. */
    static final int TEXT = 65_535;
    static final int MEDIUM = 16_777_215;
    /** The longest name MariaDB allows, in characters. */
    static final int MAX_NAME_LENGTH = 64;
    /** The longest file name (255) less the extension ({@code .frm}, {@code .ibd}). */
    static final int MAX_FILE_NAME_LENGTH = 251;

    @Override
    public String name() {
        return "mariadb";
    }

    /** MariaDB casts to {@code char}: it has no cast to {@code varchar}. */
    @Override
    public String castToText(String expression) {
        return "cast(" + expression + " as char)";
    }

    /** MariaDB Connector/J logs each error from the server at WARN ({@code org.mariadb.jdbc.message.server.ErrorPacket}). */
    @Override
    public boolean driverWarnsOfFailedQueries() {
        return true;
    }

    /** MariaDB commits implicitly before and after every DDL statement. */
    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    /**
     * MariaDB allows names of at most {@value #MAX_NAME_LENGTH} characters, of the Basic Multilingual
     * Plane only (no character beyond U+FFFF, such as an emoji), not ending in a space (refused for
     * every database); a backtick inside a name is doubled.
     */
    @Override
    public String quote(String identifier) {
        String name = requireIdentifier(identifier);
        name.codePoints().filter(c -> c > 0xFFFF).findFirst().ifPresent(c -> {
            throw cannotStore("MariaDB", name, String.format("it holds U+%X, and MariaDB allows no character beyond "
                    + "U+FFFF in a name", c));
        });
        if (name.length() > MAX_NAME_LENGTH) {
            throw cannotStore("MariaDB", name, "it is " + name.length() + " characters long, and MariaDB allows at most "
                    + MAX_NAME_LENGTH);
        }
        return quoted(name, '`');
    }

    /**
     * MariaDB keeps a table (and a sequence) in files named after it, in which each character other
     * than an ASCII letter, digit or {@code _} takes 3 characters (many letters from Latin-1 to
     * Cyrillic) or 5 ({@code $}, {@code -}, Chinese, Japanese...), and a file name has at most 255
     * characters, of which the extension takes 4 ({@code .frm}): so {@code 入职日期} takes 20 of 251,
     * and a table name of 51 Chinese characters does not fit. The estimate counts 3 wherever it can
     * be 3, so it never refuses a name MariaDB takes; the database refuses the rest itself ("File
     * name too long").
     */
    @Override
    void requireTableName(String table) {
        String name = requireIdentifier(table);
        int length = fileNameLength(name);
        if (length > MAX_FILE_NAME_LENGTH) {
            throw cannotStore("MariaDB", name, "MariaDB names a table's files after it, spelling each character other "
                    + "than ASCII letters, digits and _ with 3 or 5 characters, and this name needs at least " + length
                    + " of the " + MAX_FILE_NAME_LENGTH + " a file name can have");
        }
    }

    /** At least the length of MariaDB's file name for the table, without the extension. */
    static int fileNameLength(String table) {
        return table.codePoints().map(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '_') ? 1
                : c >= 0xC0 && c <= 0x5FF || c >= 0x1E00 && c <= 0x1FFF || c >= 0x2160 && c <= 0x217F
                        || c >= 0x24B0 && c <= 0x24EF || c >= 0xFF20 && c <= 0xFF5F ? 3
                : 5).sum();
    }

    @Override
    public String columnType(ColumnType type) {
        return switch (type.type()) {
            case BIGINT -> "bigint";
            case INTEGER -> "integer";
            case SMALLINT -> "smallint";
            case TINYINT -> "tinyint";
            case BOOLEAN -> "bit";
            case DECIMAL -> decimal("decimal", type);
            case FLOAT -> "float(23)";
            case DOUBLE -> "float(53)";
            // Hibernate avoids MariaDB's char, which drops trailing spaces
            case CHAR -> "varchar(" + type.size() + ")";
            case VARCHAR -> size(type) <= MAX_VARCHAR ? "varchar(" + type.size() + ")"
                    : size(type) <= TEXT ? "text"
                    : size(type) <= MEDIUM ? "mediumtext"
                    : "longtext";
            case TEXT -> "text";
            case JSON -> "json";
            case CLOB -> "longtext";
            case BLOB -> "longblob";
            case ENUM -> "enum (" + sortedEnumValues(type) + ")";
            case NATIVE -> definition(type);
            case DATE -> "date";
            case TIME -> "time(" + fractionalSeconds(type) + ")";
            // Hibernate stores instants normalized to UTC in a datetime (MariaDB's timestamp ends in 2038)
            case TIMESTAMP, TIMESTAMP_TZ -> "datetime(" + fractionalSeconds(type) + ")";
            case UUID -> "uuid";
            case VARBINARY -> size(type) <= MAX_VARBINARY ? "varbinary(" + type.size() + ")"
                    : size(type) <= MEDIUM ? "mediumblob"
                    : "longblob";
        };
    }

    /**
     * With a backslash, the value's UTF-8 bytes as a hexadecimal literal read as utf8mb4: in a quoted
     * literal a backslash is an escape unless the session's sql_mode has NO_BACKSLASH_ESCAPES, and
     * the hexadecimal form reads the same either way.
     */
    @Override
    public String stringLiteral(String value) {
        return value.indexOf('\\') < 0 ? super.stringLiteral(value)
                : "_utf8mb4 X'" + HexFormat.of().withUpperCase().formatHex(value.getBytes(StandardCharsets.UTF_8)) + "'";
    }

    /**
     * An enum's definition takes quoted literals only, so a backslash in a value is doubled there
     * (read as one unless NO_BACKSLASH_ESCAPES); a Java enum's constants have none.
     */
    @Override
    String enumLiteral(String value) {
        return backslashEscaped(value);
    }

    @Override
    public String defaultValue(DefaultValue value) {
        return switch (value.kind()) {
            case STRING -> stringLiteral(value.value());
            // MariaDB has no boolean type: true and false are 1 and 0, which suit a bit column too
            case BOOLEAN -> Boolean.parseBoolean(value.value()) ? "1" : "0";
            case NUMERIC, COMPUTED -> value.value();
        };
    }

    @Override
    int maxVarcharLength() {
        return MAX_VARCHAR;
    }

    @Override
    int maxVarbinaryLength() {
        return MAX_VARBINARY;
    }

    @Override
    boolean hasEnumType() {
        return true;
    }

    @Override
    String identityClause() {
        return "not null auto_increment";
    }

    @Override
    String createTable(CreateTable operation) {
        return super.createTable(operation) + " engine=InnoDB";
    }

    @Override
    List<String> modifyDataType(String table, Column column, ColumnType newType) {
        return List.of(modify(table, column.withType(newType)));
    }

    @Override
    String setNullable(String table, Column column, boolean nullable) {
        return modify(table, column.withNullable(nullable));
    }

    /** MariaDB changes a column by restating all of it: type, default, nullability and auto-increment. */
    private String modify(String table, Column column) {
        return alterTable(table) + " modify column " + columnDefinition(column);
    }

    /** Index names are per table in MariaDB. */
    @Override
    String dropIndex(String table, String index) {
        return "drop index " + quote(index) + " on " + quote(table);
    }

    @Override
    String dropUniqueConstraint(String table, String constraint) {
        return alterTable(table) + " drop index " + quote(constraint);
    }

    /**
     * Adding a foreign key creates an index of the same name when no index starts with its columns;
     * it stays when the key is dropped, so it is dropped too.
     */
    @Override
    List<String> dropForeignKey(String table, String key) {
        return List.of(alterTable(table) + " drop foreign key " + quote(key),
                "drop index if exists " + quote(key) + " on " + quote(table));
    }

    /**
     * InnoDB builds a secondary index in place while writes go on; {@code lock=none} makes MariaDB
     * refuse, rather than quietly block writes, where it cannot.
     */
    @Override
    String onlineCreateIndex(String table, Index index) {
        return createIndex(table, index) + " algorithm=inplace lock=none";
    }

    @Override
    List<String> onlineAddUniqueConstraint(String table, UniqueConstraint constraint) {
        return List.of(alterTable(table) + " add constraint " + quote(constraint.name()) + " unique "
                + columnList(constraint.columns()) + ", algorithm=inplace, lock=none");
    }

    /** {@code lock_wait_timeout} (metadata locks, which DDL waits for) is in whole seconds. */
    @Override
    public Optional<LockTimeout> lockTimeout(java.time.Duration timeout) {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        return Optional.of(new LockTimeout("set session lock_wait_timeout = " + seconds,
                "set session lock_wait_timeout = default"));
    }

    /** Without nocache MariaDB hands out values from a cache of 1000 and loses them on restart; Hibernate says nocache too. */
    @Override
    String createSequence(String name, long start, long increment) {
        return super.createSequence(name, start, increment) + " nocache";
    }

    @Override
    ColumnType canonicalType(ColumnType type) {
        return switch (type.type()) {
            case CHAR -> canonicalType(ColumnType.of(DataType.VARCHAR, size(type)));
            case VARCHAR -> size(type) <= MAX_VARCHAR ? type
                    : size(type) <= TEXT ? ColumnType.of(DataType.VARCHAR, TEXT)
                    : size(type) <= MEDIUM ? ColumnType.of(DataType.VARCHAR, MEDIUM)
                    : ColumnType.of(DataType.CLOB);
            case VARBINARY -> size(type) <= MAX_VARBINARY ? type
                    : size(type) <= MEDIUM ? ColumnType.of(DataType.VARBINARY, MEDIUM)
                    : ColumnType.of(DataType.BLOB);
            case TIMESTAMP_TZ -> ColumnType.of(DataType.TIMESTAMP, fractionalSeconds(type));
            case TEXT -> ColumnType.of(DataType.VARCHAR, TEXT);
            // an enum type has no length
            case ENUM -> ColumnType.enumOf(type.values().stream().sorted().toList(), null);
            default -> withDefaultPrecision(type);
        };
    }

    /**
     * Besides the column rules: a unique index is how MariaDB keeps a unique constraint, so a unique
     * index without descending columns becomes the unique constraint of the same name; and
     * {@code restrict} is what MariaDB means by {@code no action}, so it becomes {@code no action}.
     */
    @Override
    Table canonicalTable(Table table) {
        Table canonical = super.canonicalTable(table);
        List<UniqueConstraint> uniques = new ArrayList<>(canonical.uniqueConstraints());
        List<Index> indexes = new ArrayList<>();
        for (Index index : canonical.indexes()) {
            if (index.unique() && index.columns().stream().noneMatch(IndexColumn::descending)) {
                uniques.add(new UniqueConstraint(index.name(), index.columnNames()));
            } else {
                indexes.add(index);
            }
        }
        List<ForeignKey> keys = canonical.foreignKeys().stream()
                .map(f -> f.onDelete() != ReferentialAction.RESTRICT ? f
                        : new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(),
                                ReferentialAction.NO_ACTION))
                .toList();
        return new Table(canonical.name(), canonical.columns(), canonical.primaryKey(), uniques, indexes, keys,
                canonical.checkConstraints());
    }

    /**
     * MariaDB's named locks are server-wide, not per database: two databases on one server that use
     * the same lock name take turns, so callers put the database's name in the lock name.
     */
    @Override
    public Optional<LockStatements> lockStatements(String lockName) {
        String name = "'" + requireLockName(lockName) + "'";
        return Optional.of(new LockStatements("select get_lock(" + name + ", 0)", "select release_lock(" + name + ")"));
    }
}
