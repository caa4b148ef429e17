package dev.migrate.dialect;

import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddDefaultValue;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.AddUniqueConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateSequence;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropCheckConstraint;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropDefaultValue;
import dev.migrate.operation.DropForeignKeyConstraint;
import dev.migrate.operation.DropIndex;
import dev.migrate.operation.DropNotNullConstraint;
import dev.migrate.operation.DropSequence;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.DropUniqueConstraint;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.OperationVisitor;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * What differs between databases: the SQL for each operation, column types, quoting, defaults,
 * locking, and which schema differences a database cannot keep.
 *
 * <p>Every identifier in generated SQL is quoted, in the case the database folds unquoted names to,
 * so the quoted names behave exactly like the unquoted names Hibernate uses (and like names typed by
 * hand), while a name that happens to be a keyword, or holds characters such as {@code $}, {@code -}
 * or {@code 入}, still works. A quote character inside a name is doubled, so no name can end its
 * quotes early; a name the database cannot store fails in {@link #quote}, saying why.
 *
 * <p>Column types are rendered the way Hibernate 7.2 renders the same Java type on the database
 * (PostgreSQL 15, MariaDB 10.11, H2 2.4); a test compares every type with Hibernate's own
 * {@code DdlTypeRegistry}, so the two cannot drift apart unnoticed.
 */
public abstract sealed class Dialect permits PostgreSqlDialect, MariaDbDialect, H2Dialect {

    /** Decimal digits in a byte, as Hibernate's column ordering counts them. */
    private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

    Dialect() {
    }

    public static Dialect postgresql() {
        return PostgreSqlInstance.INSTANCE;
    }

    public static Dialect mariadb() {
        return MariaDbInstance.INSTANCE;
    }

    /** H2 as it is by default: unquoted names fold to upper case. */
    public static Dialect h2() {
        return H2Instances.UPPER_CASE;
    }

    /** By {@link #name()}: "postgresql", "mariadb" or "h2". */
    public static Dialect forName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "postgresql" -> postgresql();
            case "mariadb" -> mariadb();
            case "h2" -> h2();
            default -> throw new IllegalArgumentException(
                    "Unknown dialect '" + name + "'; supported: postgresql, mariadb, h2");
        };
    }

    /**
     * By {@link DatabaseMetaData#getDatabaseProductName()}. "MySQL" gets the MariaDB dialect, since
     * MySQL's Connector/J reports a MariaDB server that way; a real MySQL server may still reject some
     * of its SQL (sequences, the uuid type).
     */
    public static Dialect fromProductName(String productName) {
        String product = productName == null ? "" : productName.trim();
        if (product.equalsIgnoreCase("PostgreSQL")) {
            return postgresql();
        }
        if (product.equalsIgnoreCase("MariaDB") || product.equalsIgnoreCase("MySQL")) {
            return mariadb();
        }
        if (product.equalsIgnoreCase("H2")) {
            return h2();
        }
        throw new IllegalStateException("Unsupported database '" + productName
                + "'; supported: PostgreSQL, MariaDB (or MySQL), H2");
    }

    /**
     * By the connection's metadata. For H2 it also asks how unquoted names are stored, so that an H2
     * database opened with {@code DATABASE_TO_LOWER=TRUE} (or {@code DATABASE_TO_UPPER=FALSE}) gets
     * lower-case quoted names.
     */
    public static Dialect fromConnection(Connection connection) throws SQLException {
        String driverClass = connection.getClass().getName();
        if (driverClass.equals("org.postgresql.jdbc.PgConnection")) {
            // pgjdbc's metadata names every server PostgreSQL, and its class costs a cold start 3 ms to load
            return postgresql();
        }
        DatabaseMetaData meta = connection.getMetaData();
        Dialect dialect = fromProductName(meta.getDatabaseProductName());
        // by name: an instanceof would load H2's dialect at every start on another database
        if (dialect.name().equals("h2") && !meta.storesUpperCaseIdentifiers()) {
            return H2Instances.LOWER_CASE;
        }
        return dialect;
    }

    /** "postgresql", "mariadb" or "h2". */
    public abstract String name();

    /** Tells apart dialects of one name that render SQL differently (H2's two cases of unquoted names). */
    public String variant() {
        return name();
    }

    /** The SQL that casts the expression to text: {@code varchar}, which MariaDB spells {@code char}. */
    public String castToText(String expression) {
        return "cast(" + expression + " as varchar)";
    }

    /** Whether DDL statements take part in transactions (and roll back with them). */
    public abstract boolean supportsTransactionalDdl();

    /**
     * An expression for the whole milliseconds since the current transaction began, as the database
     * measures them, or null where it has none: a statement sent with the transaction's others in one
     * round trip can then say how long they took.
     */
    public @Nullable String millisSinceTransactionStart() {
        return null;
    }

    /**
     * A query giving the rows of {@code select COLUMNS from TABLE order by ORDER} as one JSON array of
     * arrays, one per row (null when there are none), or null where the database has no such
     * aggregate. Reading 500 history rows one by one through the driver cost a cold start twice what
     * one text of them costs.
     */
    public @Nullable String rowsAsJsonQuery(String columns, String table, String order) {
        return null;
    }

    /**
     * Whether the driver logs every error the database returns as a warning of its own: then a query
     * that may fail as expected (reading a history table that a new database does not have yet) is
     * not sent; the catalog is asked first.
     */
    public boolean driverWarnsOfFailedQueries() {
        return false;
    }

    /**
     * The identifier in lower case ({@link Identifiers#require}), quoted in the case this database folds
     * unquoted names to, with the quote character inside it doubled so that it cannot end the quoted
     * name.
     *
     * @throws IllegalArgumentException when this database cannot store the name; the message names
     *         the database and says why
     */
    public abstract String quote(String identifier);

    /** The DDL type Hibernate uses on this database for the Java type behind the logical type. */
    public abstract String columnType(ColumnType type);

    /**
     * The statements that serialize concurrent migration runs, or empty when the database has no
     * such lock (H2: the executor then serializes within the JVM, which is all an in-memory or
     * embedded database needs).
     *
     * @param lockName letters, digits and {@code _ . : $ -}, at most 64 characters
     */
    public abstract Optional<LockStatements> lockStatements(String lockName);

    /**
     * The statements that perform the operation, without trailing semicolons: none for an {@code sql}
     * change whose {@code dbms} leaves this database out, and none for a {@link JavaOperation} (the
     * executor runs its class).
     *
     * @param before the schema just before the operation; some statements need what is there (on
     *        MariaDB, changing one property of a column restates its whole definition)
     */
    public final List<String> sql(Operation operation, Schema before) {
        return operation.accept(new Statements(before));
    }

    /** The SQL of each kind of operation on this dialect, given the schema just before it. */
    private final class Statements implements OperationVisitor<List<String>> {

        private final Schema before;

        Statements(Schema before) {
            this.before = before;
        }

        private Column column(String table, String column) {
            return before.requireTable(table).requireColumn(column);
        }

        @Override
        public List<String> visit(CreateTable o) {
            requireTableName(o.tableName());
            return List.of(createTable(o));
        }

        @Override
        public List<String> visit(DropTable o) {
            return List.of("drop table " + quote(o.tableName()));
        }

        @Override
        public List<String> visit(RenameTable o) {
            requireTableName(o.newTableName());
            return renameTable(o.oldTableName(), o.newTableName(), before.requireTable(o.oldTableName()));
        }

        @Override
        public List<String> visit(AddColumn o) {
            return List.of(alterTable(o.tableName()) + " add column " + columnDefinition(o.column()));
        }

        @Override
        public List<String> visit(DropColumn o) {
            return List.of(alterTable(o.tableName()) + " drop column " + quote(o.columnName()));
        }

        @Override
        public List<String> visit(RenameColumn o) {
            return renameColumn(o.tableName(), column(o.tableName(), o.oldColumnName()), o.newColumnName());
        }

        @Override
        public List<String> visit(ModifyDataType o) {
            return modifyDataType(o.tableName(), column(o.tableName(), o.columnName()), o.newDataType());
        }

        @Override
        public List<String> visit(AddNotNullConstraint o) {
            Column column = column(o.tableName(), o.columnName());
            List<String> statements = new ArrayList<>();
            if (o.defaultNullValue() != null) {
                statements.add("update " + quote(o.tableName()) + " set " + quote(o.columnName()) + " = "
                        + defaultValue(o.defaultNullValue()) + " where " + quote(o.columnName()) + " is null");
            }
            if (o.online()) {
                statements.addAll(onlineSetNotNull(o.tableName(), column));
            } else {
                statements.add(setNullable(o.tableName(), column, false));
            }
            return statements;
        }

        @Override
        public List<String> visit(DropNotNullConstraint o) {
            return List.of(setNullable(o.tableName(), column(o.tableName(), o.columnName()), true));
        }

        @Override
        public List<String> visit(AddDefaultValue o) {
            return List.of(alterColumn(o.tableName(), o.columnName()) + " set default "
                    + defaultValue(o.defaultValue()));
        }

        @Override
        public List<String> visit(DropDefaultValue o) {
            return List.of(alterColumn(o.tableName(), o.columnName()) + " drop default");
        }

        @Override
        public List<String> visit(CreateIndex o) {
            return List.of(o.online() ? onlineCreateIndex(o.tableName(), o.index())
                    : createIndex(o.tableName(), o.index()));
        }

        @Override
        public List<String> visit(DropIndex o) {
            return List.of(dropIndex(o.tableName(), o.indexName()));
        }

        @Override
        public List<String> visit(AddUniqueConstraint o) {
            if (o.online()) {
                return onlineAddUniqueConstraint(o.tableName(), o.constraint());
            }
            return List.of(alterTable(o.tableName()) + " add constraint " + quote(o.constraint().name()) + " unique "
                    + columnList(o.constraint().columns()));
        }

        @Override
        public List<String> visit(DropUniqueConstraint o) {
            return List.of(dropUniqueConstraint(o.tableName(), o.constraintName()));
        }

        @Override
        public List<String> visit(AddForeignKeyConstraint o) {
            return o.online() ? onlineAddForeignKey(o.tableName(), o.foreignKey())
                    : List.of(addForeignKey(o.tableName(), o.foreignKey()));
        }

        @Override
        public List<String> visit(DropForeignKeyConstraint o) {
            return dropForeignKey(o.tableName(), o.constraintName());
        }

        @Override
        public List<String> visit(AddCheckConstraint o) {
            return o.online() ? onlineAddCheckConstraint(o.tableName(), o.constraint())
                    : addCheckConstraint(o.tableName(), o.constraint());
        }

        @Override
        public List<String> visit(DropCheckConstraint o) {
            return dropCheckConstraint(o.tableName(), o.constraintName());
        }

        @Override
        public List<String> visit(CreateSequence o) {
            requireTableName(o.sequence().name());
            return List.of(createSequence(o.sequence().name(), o.sequence().startValue(), o.sequence().incrementBy()));
        }

        @Override
        public List<String> visit(DropSequence o) {
            return List.of("drop sequence " + quote(o.sequenceName()));
        }

        @Override
        public List<String> visit(SqlOperation o) {
            // written for other databases only: nothing to send here
            return o.runsOn(name()) ? o.statements() : List.of();
        }

        @Override
        public List<String> visit(JavaOperation o) {
            // the executor runs the class; there is no SQL to send
            return List.of();
        }
    }

    /** A default value as an SQL literal (or, for a computed default, the expression as it is). */
    public String defaultValue(DefaultValue value) {
        return switch (value.kind()) {
            case STRING -> stringLiteral(value.value());
            case BOOLEAN, NUMERIC, COMPUTED -> value.value();
        };
    }

    /**
     * The schema in the form this database stores it, so that a schema replayed from migrations and
     * one read back from the live database compare equal when the database cannot tell them apart.
     * The rules, and nothing else:
     * <ul>
     * <li>all: primary key and auto-increment columns are not null;</li>
     * <li>all: a time or timestamp without a precision gets the one it is created with (0 for time,
     * 6 for timestamps), an enum without a length Hibernate's 255 ({@link ColumnType#normalized()});</li>
     * <li>the types each database stores alike become one of them (see each dialect's
     * {@code canonicalType});</li>
     * <li>MariaDB: a unique index without descending columns becomes a unique constraint, and
     * {@code on delete restrict} becomes {@code no action};</li>
     * <li>H2: there are no check constraints, since the dialect does not create them (see
     * {@code H2Dialect}).</li>
     * </ul>
     */
    public Schema canonical(Schema schema) {
        return Schema.of(schema.tables().stream().map(this::canonicalTable).toList(), schema.sequences());
    }

    Table canonicalTable(Table table) {
        List<Column> columns = table.columns().stream().map(c -> {
            boolean nullable = c.nullable() && !c.autoIncrement() && !table.primaryKey().contains(c.name());
            return new Column(c.name(), canonicalType(c.type()), nullable, c.defaultValue(), c.autoIncrement());
        }).toList();
        return new Table(table.name(), columns, table.primaryKey(), table.uniqueConstraints(), table.indexes(),
                table.foreignKeys(), table.checkConstraints());
    }

    /**
     * One representative of all the types this database stores alike. Where the database keeps no
     * length (PostgreSQL's {@code bytea}, MariaDB's {@code text} types), the representative has the
     * largest length of the stored type, so that it renders to the same DDL type again.
     */
    ColumnType canonicalType(ColumnType type) {
        return withDefaultPrecision(type);
    }

    static ColumnType withDefaultPrecision(ColumnType type) {
        return type.normalized();
    }

    static int fractionalSeconds(ColumnType type) {
        if (type.size() != null) {
            return type.size();
        }
        return size(type.normalized());
    }

    /**
     * The length or precision of a type that has one: char, varchar, varbinary and decimal, whose
     * constructor refuses them without, and a time or timestamp once normalized.
     */
    static int size(ColumnType type) {
        return Objects.requireNonNull(type.size());
    }

    /** A native type's definition, which its constructor requires. */
    static String definition(ColumnType type) {
        return Objects.requireNonNull(type.definition());
    }

    static String decimal(String name, ColumnType type) {
        return name + "(" + type.size() + "," + type.scale() + ")";
    }

    /** The column as it appears in CREATE TABLE and ADD COLUMN. */
    String columnDefinition(Column column) {
        StringBuilder definition = new StringBuilder(quote(column.name())).append(' ').append(columnType(column.type()));
        if (column.autoIncrement()) {
            definition.append(' ').append(identityClause());
        } else {
            if (column.defaultValue() != null) {
                definition.append(" default ").append(defaultValue(column.defaultValue()));
            }
            if (!column.nullable()) {
                definition.append(" not null");
            }
        }
        return definition.append(columnCheck(column)).toString();
    }

    /** A check that comes with the column's type, written after its definition; none by default. */
    String columnCheck(Column column) {
        return "";
    }

    /**
     * The order Hibernate's standard column ordering strategy ({@code ColumnOrderingStrategyStandard})
     * gives these columns when it creates a table on this database: by physical size in bytes (at
     * least 4), then whether that is over 2048 bytes, then by name. The sizes depend on the database
     * (the longest varchar, whether an enum is a type of its own), so the order can too.
     */
    public List<Column> hibernateColumnOrder(List<Column> columns) {
        List<Column> sorted = new ArrayList<>(columns);
        sorted.sort(new Comparator<Column>() {
            @Override
            public int compare(Column a, Column b) {
                return compareAsHibernateOrders(a, b);
            }
        });
        return List.copyOf(sorted);
    }

    /**
     * Whether the columns are in {@link #hibernateColumnOrder}, found without sorting them: every
     * start and every {@code create table} asks.
     */
    public boolean inHibernateColumnOrder(List<Column> columns) {
        for (int i = 1; i < columns.size(); i++) {
            if (compareAsHibernateOrders(columns.get(i - 1), columns.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private int compareAsHibernateOrders(Column a, Column b) {
        int sizeA = physicalSize(a.type());
        int sizeB = physicalSize(b.type());
        int bySize = Integer.compare(Math.max(sizeA, 4), Math.max(sizeB, 4));
        if (bySize != 0) {
            return bySize;
        }
        int byLongness = Boolean.compare(sizeA > 2048, sizeB > 2048);
        return byLongness != 0 ? byLongness : a.name().compareTo(b.name());
    }

    /**
     * The order in which migration files keep the columns of a table Hibernate's standard strategy
     * ordered, whichever database {@code make} ran on: the order that strategy gives on PostgreSQL.
     */
    public static List<Column> portableColumnOrder(List<Column> columns) {
        Dialect postgresql = postgresql();
        return postgresql.inHibernateColumnOrder(columns) ? columns : postgresql.hibernateColumnOrder(columns);
    }

    /** Hibernate's estimate of the bytes a value of the type takes on this database (used to order columns). */
    private int physicalSize(ColumnType type) {
        return switch (type.type()) {
            case BOOLEAN, TINYINT -> 1;
            case SMALLINT -> 2;
            // Hibernate maps float and double to FLOAT with a binary precision (24 or 53 bits: 1 or 2 "bytes")
            case FLOAT -> 1;
            case DOUBLE -> 2;
            case INTEGER, DATE, TIME -> 4;
            case BIGINT, TIMESTAMP, TIMESTAMP_TZ -> 8;
            case UUID -> 16;
            case DECIMAL -> (int) Math.ceil(size(type) / DECIMAL_DIGITS_PER_BYTE);
            case CHAR, VARCHAR -> size(type) == ColumnType.DEFAULT_LENGTH ? maxVarcharLength() : size(type);
            case TEXT -> maxVarcharLength();
            case VARBINARY -> size(type) == ColumnType.DEFAULT_LENGTH ? maxVarbinaryLength() : size(type);
            case ENUM -> hasEnumType() ? Integer.MAX_VALUE
                    : type.enumLength() == ColumnType.DEFAULT_ENUM_LENGTH ? maxVarcharLength() : type.enumLength();
            case CLOB, BLOB, JSON -> Integer.MAX_VALUE;
            case NATIVE -> nativePhysicalSize(definition(type).toLowerCase(Locale.ROOT));
        };
    }

    /** A native type's size, where it is a portable type with a time zone, an interval, or else unknown. */
    private int nativePhysicalSize(String definition) {
        if (definition.startsWith("interval")) {
            return 8;
        }
        if (definition.contains("array") || definition.contains("[")) {
            return Integer.MAX_VALUE;
        }
        try {
            return physicalSize(ColumnType.parse(definition.replace(" with time zone", "")));
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The longest {@code varchar(n)} Hibernate declares here (a length of 255 counts as this, in its ordering). */
    abstract int maxVarcharLength();

    /** The longest {@code varbinary(n)} Hibernate declares here. */
    abstract int maxVarbinaryLength();

    /** Whether a STRING enum is a type of its own here (else a varchar with a check). */
    abstract boolean hasEnumType();

    /** What follows the type of an identity column (GenerationType.IDENTITY). */
    abstract String identityClause();

    /**
     * A table whose columns are in the portable order Hibernate's standard strategy gives them (see
     * {@link #portableColumnOrder}) is created in the order that strategy gives them on this
     * database, as Hibernate would create it here; any other order is kept as written.
     */
    String createTable(CreateTable operation) {
        List<Column> columns = operation.columns();
        if (postgresql().inHibernateColumnOrder(columns)) {
            columns = hibernateColumnOrder(columns);
        }
        List<String> parts = new ArrayList<>();
        for (Column column : columns) {
            parts.add(columnDefinition(column));
        }
        if (!operation.primaryKey().isEmpty()) {
            parts.add("primary key " + columnList(operation.primaryKey()));
        }
        return "create table " + quote(operation.tableName()) + " (" + String.join(", ", parts) + ")";
    }

    abstract List<String> modifyDataType(String table, Column column, ColumnType newType);

    List<String> renameTable(String oldName, String newName, Table table) {
        return List.of(alterTable(oldName) + " rename to " + quote(newName));
    }

    List<String> renameColumn(String table, Column column, String newName) {
        return List.of(alterTable(table) + " rename column " + quote(column.name()) + " to " + quote(newName));
    }

    /** A string literal: quotes doubled (and, where the database needs it, backslashes). */
    public String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The value quoted for a database that reads a backslash in it as an escape: backslashes and quotes doubled. */
    static String backslashEscaped(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** An enum's values as a list of literals, in the order the type keeps them. */
    String enumValues(ColumnType type) {
        return enumValues(type.values());
    }

    String enumValues(List<String> values) {
        StringJoiner literals = new StringJoiner(",");
        for (String value : values) {
            literals.add(enumLiteral(value));
        }
        return literals.toString();
    }

    /** One value in an enum type's definition. */
    String enumLiteral(String value) {
        return stringLiteral(value);
    }

    /** An enum type's values, sorted as Hibernate sorts them for a database's enum type. */
    String sortedEnumValues(ColumnType type) {
        return enumValues(type.values().stream().sorted().toList());
    }

    String setNullable(String table, Column column, boolean nullable) {
        return alterColumn(table, column.name()) + (nullable ? " drop not null" : " set not null");
    }

    String createIndex(String table, Index index) {
        return "create " + (index.unique() ? "unique " : "") + "index " + quote(index.name()) + " on " + quote(table)
                + " (" + joined(index.columns()) + ")";
    }

    private String joined(List<IndexColumn> columns) {
        StringJoiner list = new StringJoiner(", ");
        for (IndexColumn column : columns) {
            list.add(indexColumn(column));
        }
        return list.toString();
    }

    private String indexColumn(IndexColumn column) {
        return quote(column.name()) + (column.descending() ? " desc" : "");
    }

    String dropIndex(String table, String index) {
        return "drop index " + quote(index);
    }

    String dropUniqueConstraint(String table, String constraint) {
        return alterTable(table) + " drop constraint " + quote(constraint);
    }

    String addForeignKey(String table, ForeignKey key) {
        return alterTable(table) + " add constraint " + quote(key.name()) + " foreign key " + columnList(key.columns())
                + " references " + quote(key.referencedTable()) + " " + columnList(key.referencedColumns())
                + (key.onDelete() == ReferentialAction.NO_ACTION ? "" : " on delete " + key.onDelete().sql().toLowerCase(Locale.ROOT));
    }

    /** The statements that add the check; a dialect that does not create checks returns none (H2). */
    List<String> addCheckConstraint(String table, CheckConstraint check) {
        // the expression is SQL from the user's mapping or file, sent as written (like an sql change)
        return List.of(alterTable(table) + " add constraint " + quote(check.name()) + " check (" + check.expression()
                + ")");
    }

    /** The statements that drop the check; none where {@link #addCheckConstraint} creates none. */
    List<String> dropCheckConstraint(String table, String check) {
        return List.of(alterTable(table) + " drop constraint " + quote(check));
    }

    List<String> dropForeignKey(String table, String key) {
        return List.of(alterTable(table) + " drop constraint " + quote(key));
    }

    /*
     * The online forms (an operation's online="true"). Here, the usual statements: the database has
     * no lighter form of its own, or (MariaDB) overrides where it has one. PostgreSQL overrides them all.
     */

    /** Whether this operation's statements must run outside the migration's transaction, each on its own. */
    public boolean runsOutsideTransaction(Operation operation) {
        return false;
    }

    /**
     * What removes whatever a failed or interrupted online operation may have left behind (an
     * invalid index, a constraint added NOT VALID), so that the operation can run again from the
     * start; empty where an operation leaves nothing behind.
     */
    public List<String> onlineLeftovers(Operation operation) {
        return List.of();
    }

    /**
     * The statement that makes a session give up waiting for a lock after {@code timeout}, with the one
     * that restores the default; empty where the database has no such setting migrate uses (H2).
     */
    public Optional<LockTimeout> lockTimeout(java.time.Duration timeout) {
        return Optional.empty();
    }

    String onlineCreateIndex(String table, Index index) {
        return createIndex(table, index);
    }

    List<String> onlineAddUniqueConstraint(String table, dev.migrate.schema.UniqueConstraint constraint) {
        return List.of(alterTable(table) + " add constraint " + quote(constraint.name()) + " unique "
                + columnList(constraint.columns()));
    }

    List<String> onlineAddForeignKey(String table, ForeignKey key) {
        return List.of(addForeignKey(table, key));
    }

    List<String> onlineAddCheckConstraint(String table, CheckConstraint check) {
        return addCheckConstraint(table, check);
    }

    List<String> onlineSetNotNull(String table, Column column) {
        return List.of(setNullable(table, column, false));
    }

    String createSequence(String name, long start, long increment) {
        return "create sequence " + quote(name) + " start with " + start + " increment by " + increment;
    }

    String alterTable(String table) {
        return "alter table " + quote(table);
    }

    String alterColumn(String table, String column) {
        return alterTable(table) + " alter column " + quote(column);
    }

    String columnList(List<String> columns) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (String column : columns) {
            list.add(quote(column));
        }
        return list.toString();
    }

    static String requireIdentifier(String identifier) {
        return Identifiers.require(identifier, "SQL");
    }

    /**
     * Checks a name given to a new table (or sequence) beyond {@link #quote}: nothing, except on
     * MariaDB, which names files after tables and sequences.
     */
    void requireTableName(String name) {
    }

    /** "PostgreSQL cannot store the name 'x': " and the reason. */
    static IllegalArgumentException cannotStore(String database, String name, String reason) {
        return new IllegalArgumentException(database + " cannot store the name '" + Identifiers.printable(name) + "': "
                + reason);
    }

    /** The identifier between two quote characters, each of its own quote characters doubled. */
    static String quoted(String identifier, char quote) {
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** The longest lock name {@link #lockStatements} takes as it is. */
    public static final int LONGEST_LOCK_NAME = 64;

    /**
     * Whether {@link #lockStatements} takes the name as it is: 1 to {@value #LONGEST_LOCK_NAME} of
     * {@code A-Z a-z 0-9 _ . : $ -}. Checked by hand: it runs at every start, before anything is compiled.
     */
    public static boolean isSimpleLockName(String name) {
        if (name.isEmpty() || name.length() > LONGEST_LOCK_NAME) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                    || c == ':' || c == '$' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static String requireLockName(String lockName) {
        if (lockName == null || !isSimpleLockName(lockName)) {
            throw new IllegalArgumentException("Invalid lock name '" + lockName
                    + "': use 1 to 64 letters, digits and _ . : $ -");
        }
        return lockName;
    }

    @Override
    public String toString() {
        return name();
    }

    /**
     * The dialects hold no state, so one of each serves everyone (and they compare by identity). A
     * holder each, so that a start loads only its own database's dialect.
     */
    private static final class PostgreSqlInstance {
        static final Dialect INSTANCE = new PostgreSqlDialect();
    }

    private static final class MariaDbInstance {
        static final Dialect INSTANCE = new MariaDbDialect();
    }

    private static final class H2Instances {
        static final Dialect UPPER_CASE = new H2Dialect(true);
        static final Dialect LOWER_CASE = new H2Dialect(false);
    }
}
