package dev.migrate.jpa;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tables and sequences that Hibernate's own schema export would create from a Hibernate 7
 * boot metamodel ({@link Metadata}), as our dialect-neutral {@link Schema}.
 *
 * <p>What is read, and how:
 * <ul>
 * <li>Tables: every physical table of every namespace; TABLE_PER_CLASS abstract roots, views and
 * {@code @Subselect} entities have none. Tables of id generators ({@code hibernate_sequences},
 * {@code @TableGenerator}) are tables like any other; the row Hibernate inserts into them is not
 * schema and is not read.</li>
 * <li>Columns: in {@code Table.getColumns()} order, which is the order Hibernate's
 * {@code StandardTableExporter} writes in {@code create table}. Hibernate applies its column
 * ordering strategy to that order (and to composite primary keys) only when a SessionFactory
 * creates the schema, or when asked with {@code MetadataImplementor.orderColumns(true)}, as
 * {@link OfflineMetadata} does; the order of other metadata is the mapping's. Primary key columns
 * are not null. An identity column ({@code GenerationType.IDENTITY}) is auto-increment. A
 * {@code @ColumnDefault} fragment becomes a string ({@code 'text'}), numeric, boolean
 * ({@code true}/{@code false}) or computed default.</li>
 * <li>Types, from the JDBC type code Hibernate resolved for the dialect ({@code SqlTypes}) and the
 * resolved size ({@code Column.getColumnSize}, so defaults such as {@code varchar(255)},
 * {@code decimal(38,2)} and {@code timestamp(6)} are explicit):
 * <table>
 * <caption>SqlTypes code to logical type</caption>
 * <tr><td>BIGINT, INTEGER, SMALLINT, TINYINT</td><td>the same</td></tr>
 * <tr><td>BOOLEAN, BIT</td><td>boolean</td></tr>
 * <tr><td>NUMERIC, DECIMAL</td><td>decimal(precision, scale)</td></tr>
 * <tr><td>REAL; FLOAT with precision &le; 24</td><td>float (single precision)</td></tr>
 * <tr><td>DOUBLE; FLOAT with precision &gt; 24 or none</td><td>double</td></tr>
 * <tr><td>CHAR, VARCHAR</td><td>char(n), varchar(n)</td></tr>
 * <tr><td>ENUM (STRING enum as a native enum type on MariaDB and H2)</td><td>varchar(column length, 255
 * by default): the type Hibernate uses for STRING enums on PostgreSQL, which Hibernate 7's schema
 * validator accepts for a native enum column on MariaDB and H2, so one schema serves all three</td></tr>
 * <tr><td>CLOB, MATERIALIZED_CLOB; BLOB, MATERIALIZED_BLOB</td><td>clob; blob</td></tr>
 * <tr><td>VARBINARY</td><td>varbinary(n)</td></tr>
 * <tr><td>UUID; BINARY for a Java {@code UUID} (MariaDB before 10.7)</td><td>uuid</td></tr>
 * <tr><td>DATE; TIME; TIMESTAMP</td><td>date; time(p); timestamp(p)</td></tr>
 * <tr><td>TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_UTC</td><td>timestamp(p) with time zone</td></tr>
 * </table>
 * A {@code columnDefinition} is used when it is one of our portable types (such as
 * {@code varchar(30)}). Everything else (native enums of PostgreSQL, JSON, XML, arrays, intervals,
 * national character types, LONGVARCHAR and LONG32VARCHAR, time with time zone, spatial and vector
 * types, generated columns, other column definitions) fails with an {@link UnsupportedMappingException}
 * naming the table, its entity or collection, the column and the type.</li>
 * <li>Unique constraints: {@code Table.getUniqueKeys()} (which holds {@code @Table(uniqueConstraints)}
 * and unique {@code @Index}es), plus one per {@code @Column(unique = true)} or one-to-one join
 * column, named by {@code Column.getUniqueKeyName()}, as Hibernate does when it creates unique keys
 * with {@code alter table} (MariaDB). On PostgreSQL and H2 Hibernate declares unnamed unique keys
 * inline and the database names them; we keep Hibernate's generated {@code UK...} name.</li>
 * <li>Indexes: {@code Table.getIndexes()} with column order and DESC.</li>
 * <li>Foreign keys: those Hibernate creates (not {@code ConstraintMode.NO_CONSTRAINT}, not to a
 * table that does not exist), with the referenced primary key columns when none are named and
 * {@code @OnDelete}.</li>
 * <li>Sequences with their start and increment.</li>
 * </ul>
 * Names are lower-cased (see {@link #identifier} for the names refused: quoted names whose case
 * matters, upper-case letters outside ASCII); tables in an explicit schema or catalog fail with an
 * {@link UnsupportedMappingException} that says how to do without. Check constraints
 * are read as Hibernate declares them for the dialect, named by {@link HibernateChecks}: ORDINAL
 * enums, STRING enums where the dialect uses varchar (PostgreSQL; MariaDB and H2 use a native enum
 * type and no check, and so do we, though our column is varchar), discriminator values, a
 * single-table subclass's not-null columns, {@code @Check}. Not read: comments, collations, table
 * options and auxiliary database objects.
 */
public final class HibernateSchemaReader {

    public Schema read(Metadata metadata) {
        Dialect dialect = metadata.getDatabase().getDialect();
        TableOwners owners = new TableOwners(metadata);
        Map<String, Table> tables = new LinkedHashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (!isCreated(table)) {
                    continue;
                }
                String where = owners.describe(table);
                requireDefaultNamespace(namespace, where);
                Table read = new TableReader(table, metadata, dialect, where).read();
                if (tables.putIfAbsent(read.name(), read) != null) {
                    throw new UnsupportedMappingException(where + ": another table has the same name once lower-cased");
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                Identifier name = sequence.getName().getSequenceName();
                String where = "sequence '" + name.getText() + "'";
                requireDefaultNamespace(namespace, where);
                sequences.add(new Sequence(identifier(name.getText(), name.isQuoted(), "sequence", where),
                        sequence.getInitialValue(), sequence.getIncrementSize()));
            }
        }
        return Schema.of(tables.values(), sequences);
    }

    /** Our dialect for Hibernate's, where we have one. */
    static dev.migrate.dialect.@Nullable Dialect ourDialect(Dialect dialect) {
        if (dialect instanceof org.hibernate.dialect.PostgreSQLDialect) {
            return dev.migrate.dialect.Dialect.postgresql();
        }
        if (dialect instanceof org.hibernate.dialect.MariaDBDialect) {
            return dev.migrate.dialect.Dialect.mariadb();
        }
        if (dialect instanceof org.hibernate.dialect.H2Dialect) {
            return dev.migrate.dialect.Dialect.h2();
        }
        return null;
    }

    static boolean isCreated(org.hibernate.mapping.Table table) {
        return table.isPhysicalTable() && !table.isView() && !table.isSubselect();
    }

    /**
     * Tables and sequences in a named schema or catalog are not supported yet. The message says how
     * to get the same tables without one: make that schema the connection's default, where migrate
     * keeps its history table too.
     */
    private static void requireDefaultNamespace(Namespace namespace, String where) {
        Namespace.Name name = namespace.getName();
        if (name.schema() != null) {
            String schema = name.schema().getText();
            throw new UnsupportedMappingException(where + ": is in the schema '" + schema + "' (@Table(schema = \""
                    + schema + "\") or hibernate.default_schema); tables in a named schema are not supported yet. "
                    + "Remove the schema from the mapping and make " + schema + " the default schema of the "
                    + "connection instead, where migrate then also keeps its history table: on PostgreSQL add "
                    + "currentSchema=" + schema + " to the JDBC URL; on H2 add ;SCHEMA=" + schema.toUpperCase(Locale.ROOT)
                    + " (the schema must exist, for example ;INIT=CREATE SCHEMA IF NOT EXISTS "
                    + schema.toUpperCase(Locale.ROOT) + "\\;SET SCHEMA " + schema.toUpperCase(Locale.ROOT)
                    + "); on MariaDB, where a schema is a database, connect to the database " + schema
                    + " (jdbc:mariadb://host/" + schema + ")");
        }
        if (name.catalog() != null) {
            String catalog = name.catalog().getText();
            throw new UnsupportedMappingException(where + ": is in the catalog '" + catalog + "' (@Table(catalog = \""
                    + catalog + "\") or hibernate.default_catalog); tables in a named catalog are not supported yet. "
                    + "Remove the catalog from the mapping and connect to the database " + catalog
                    + " instead (jdbc:mariadb://host/" + catalog + ", jdbc:postgresql://host/" + catalog
                    + "), where migrate then also keeps its history table");
        }
    }

    static String tableName(org.hibernate.mapping.Table table, String where) {
        return identifier(table.getName(), table.isQuoted(), "table", where);
    }

    static String columnName(org.hibernate.mapping.Column column, String where) {
        return identifier(column.getName(), column.isQuoted(), "column", where);
    }

    /**
     * Our lower-case form of a name Hibernate gave. Hibernate writes an unquoted name as it is, and
     * each database folds it its own way: PostgreSQL only the ASCII letters to lower case, H2 all
     * letters to upper case, MariaDB not at all (but compares column names ignoring case). So a name
     * is one case-insensitive name on all three only if it has no upper-case letter outside ASCII
     * ({@code Ärger} stays {@code Ärger} on PostgreSQL while migrate creates {@code ärger}); such a
     * name is refused. A quoted name ({@code "\"Order\""}, every name with
     * {@code hibernate.globally_quoted_identifiers}, and any name Hibernate quotes by itself because
     * it has characters other than letters, digits, {@code _} and {@code $}, such as
     * {@code order-lines}) keeps its case on every database, so it is
     * accepted only when it has no letters with case ({@code "\"入职日期\""}); migrate's names are
     * case-insensitive, and PostgreSQL (lower case) and H2 (upper case) cannot agree on any other.
     */
    static String identifier(String hibernateName, boolean quoted, String what, String where) {
        String name;
        try {
            name = Identifiers.require(hibernateName, what);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedMappingException(where + ": Hibernate named a " + what + " '"
                    + Identifiers.printable(hibernateName) + "', which migrate cannot use (" + e.getMessage() + ")", e);
        }
        if (quoted && !hibernateName.toUpperCase(Locale.ROOT).equals(name)) {
            if (!isPlainForHibernate(hibernateName)) {
                throw new UnsupportedMappingException(where + ": the " + what + " name \"" + hibernateName
                        + "\" has characters other than letters, digits, _ and $ (or starts with a digit or $), so "
                        + "Hibernate quotes it, which makes its case matter, and migrate supports only case-insensitive "
                        + "names (on H2, Hibernate's \"" + hibernateName + "\" is not the \""
                        + hibernateName.toUpperCase(Locale.ROOT) + "\" migrate creates). Name it with letters, digits, _ "
                        + "and $ only, for example " + plainForHibernate(name));
            }
            throw new UnsupportedMappingException(where + ": the " + what + " name \"" + hibernateName
                    + "\" is quoted, so its case would matter, and migrate supports only case-insensitive names "
                    + "(PostgreSQL keeps them in lower case, H2 in upper case). Remove the quotes from the name "
                    + "(and do not set hibernate.globally_quoted_identifiers); if it is an SQL keyword such as order "
                    + "or user, rename it, for example to orders");
        }
        if (!quoted && !asciiLowerCase(hibernateName).equals(name)) {
            throw new UnsupportedMappingException(where + ": the " + what + " name '" + hibernateName
                    + "' has upper-case letters outside ASCII, which PostgreSQL keeps as they are in a name Hibernate "
                    + "does not quote, while H2 ignores their case; write the name in lower case: '" + name + "'");
        }
        return name;
    }

    /** Whether Hibernate leaves the name unquoted: a letter or _, then letters, digits, _ and $. */
    private static boolean isPlainForHibernate(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        return name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '$');
    }

    /** The name with _ for every character that makes Hibernate quote it. */
    private static String plainForHibernate(String name) {
        StringBuilder plain = new StringBuilder(name.length() + 1);
        name.chars().forEach(c -> plain.append(Character.isLetterOrDigit(c) || c == '$' ? (char) c : '_'));
        return Character.isLetter(plain.charAt(0)) || plain.charAt(0) == '_' ? plain.toString() : "_" + plain;
    }

    private static String asciiLowerCase(String name) {
        char[] lower = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (lower == null) {
                    lower = name.toCharArray();
                }
                lower[i] = (char) (c + ('a' - 'A'));
            }
        }
        return lower == null ? name : new String(lower);
    }

    /** Reads one table; {@code where} names it and its entity in error messages. */
    private static final class TableReader {

        private final org.hibernate.mapping.Table table;
        private final Metadata metadata;
        private final Dialect dialect;
        private final String where;

        TableReader(org.hibernate.mapping.Table table, Metadata metadata, Dialect dialect, String where) {
            this.table = table;
            this.metadata = metadata;
            this.dialect = dialect;
            this.where = where;
        }

        Table read() {
            String name = tableName(table, where);
            List<String> primaryKey = table.getPrimaryKey() == null ? List.of() : columnNames(table.getPrimaryKey().getColumns());
            List<Column> read = new ArrayList<>(table.getColumnSpan());
            for (org.hibernate.mapping.Column column : table.getColumns()) {
                read.add(column(column, primaryKey));
            }
            List<Column> columns = portable(read);
            try {
                return new Table(name, columns, primaryKey, uniqueConstraints(), indexes(), foreignKeys(),
                        HibernateChecks.of(table, name, this::columnName, n -> constraintName(n, "check constraint"),
                                this::enumCheck));
            } catch (IllegalArgumentException | SchemaException e) {
                throw new UnsupportedMappingException(where + ": " + e.getMessage(), e);
            }
        }

        /**
         * Columns that Hibernate's standard strategy ordered for this database, in the order it gives
         * them on every database ({@link dev.migrate.dialect.Dialect#portableColumnOrder}), so that the
         * same entities make the same files everywhere; any other order is kept.
         */
        private List<Column> portable(List<Column> columns) {
            dev.migrate.dialect.Dialect ours = ourDialect(dialect);
            return ours != null && ours.inHibernateColumnOrder(columns)
                    ? dev.migrate.dialect.Dialect.portableColumnOrder(columns) : columns;
        }

        private Column column(org.hibernate.mapping.Column column, List<String> primaryKey) {
            String name = columnName(column);
            if (column.getGeneratedAs() != null) {
                throw new UnsupportedMappingException(where(column) + ": generated columns (generated as "
                        + column.getGeneratedAs() + ") are not supported");
            }
            ColumnType type;
            try {
                type = ColumnTypes.of(column, metadata, dialect);
            } catch (UnsupportedMappingException e) {
                throw new UnsupportedMappingException(where(column) + ": " + e.getMessage(), e);
            }
            boolean nullable = column.isNullable() && !primaryKey.contains(name);
            try {
                return new Column(name, type, nullable, DefaultValues.parse(column.getDefaultValue()),
                        column.isIdentity());
            } catch (IllegalArgumentException e) {
                throw new UnsupportedMappingException(where(column) + ": " + e.getMessage(), e);
            }
        }

        /** The column in error messages, for example {@code table 'animal' (entity com.example.Animal), column 'name'}. */
        private String where(org.hibernate.mapping.Column column) {
            return where + ", column '" + column.getName() + "'";
        }

        private List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
            List<String> names = new ArrayList<>(columns.size());
            for (org.hibernate.mapping.Column column : columns) {
                names.add(columnName(column));
            }
            return List.copyOf(names);
        }

        private String columnName(org.hibernate.mapping.Column column) {
            return HibernateSchemaReader.columnName(column, where);
        }

        /**
         * The check Hibernate declares for a STRING enum where it has no enum type, or null. It is
         * left out of the checks: the enum type carries it, and a column definition (which wins over
         * the enum type) gets it on no database, as on MariaDB and H2.
         */
        private @Nullable String enumCheck(org.hibernate.mapping.Column column) {
            List<String> values = ColumnTypes.stringEnumValues(column, column.getSqlTypeCode(metadata));
            if (values == null) {
                return null;
            }
            String[] names = values.toArray(String[]::new);
            return dialect.getCheckCondition(column.getQuotedName(dialect), names);
        }

        private List<UniqueConstraint> uniqueConstraints() {
            Map<String, UniqueConstraint> uniques = new LinkedHashMap<>();
            for (UniqueKey key : table.getUniqueKeys().values()) {
                add(uniques, new UniqueConstraint(constraintName(key.getName(), "unique constraint"),
                        columnNames(key.getColumns())));
            }
            for (org.hibernate.mapping.Column column : table.getColumns()) {
                if (column.isUnique() && !table.isPrimaryKey(column)) {
                    add(uniques, new UniqueConstraint(constraintName(column.getUniqueKeyName(), "unique constraint"),
                            List.of(columnName(column))));
                }
            }
            return List.copyOf(uniques.values());
        }

        private void add(Map<String, UniqueConstraint> uniques, UniqueConstraint unique) {
            UniqueConstraint existing = uniques.putIfAbsent(unique.name(), unique);
            if (existing != null && !existing.equals(unique)) {
                throw new UnsupportedMappingException(where + ": two unique constraints are named "
                        + unique.name() + " (" + existing.columns() + " and " + unique.columns() + ")");
            }
        }

        private List<Index> indexes() {
            List<Index> indexes = new ArrayList<>();
            for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
                String name = constraintName(index.getName(), "index");
                List<IndexColumn> columns = new ArrayList<>();
                for (Selectable selectable : index.getSelectables()) {
                    if (!(selectable instanceof org.hibernate.mapping.Column column)) {
                        throw new UnsupportedMappingException(where + ", index " + name
                                + ": indexes on expressions (" + selectable.getText() + ") are not supported");
                    }
                    columns.add(new IndexColumn(columnName(column),
                            descending(index.getSelectableOrderMap().get(selectable), name)));
                }
                indexes.add(new Index(name, index.isUnique(), columns));
            }
            return indexes;
        }

        private boolean descending(@Nullable String order, String index) {
            String normalized = order == null ? "asc" : order.trim().toLowerCase(Locale.ROOT);
            return switch (normalized) {
                case "", "asc" -> false;
                case "desc" -> true;
                default -> throw new UnsupportedMappingException(where + ", index " + index
                        + ": column order '" + order + "' is not supported; use asc or desc");
            };
        }

        private List<ForeignKey> foreignKeys() {
            List<ForeignKey> keys = new ArrayList<>();
            for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
                org.hibernate.mapping.Table target = key.getReferencedTable();
                if (!key.isCreationEnabled() || !key.isPhysicalConstraint() || target == null || !isCreated(target)) {
                    continue;
                }
                List<org.hibernate.mapping.Column> referenced = key.getReferencedColumns().isEmpty()
                        ? target.getPrimaryKey().getColumns() : key.getReferencedColumns();
                String targetWhere = "table '" + target.getName() + "'";
                keys.add(new ForeignKey(constraintName(key.getName(), "foreign key"),
                        columnNames(key.getColumns()),
                        tableName(target, targetWhere),
                        referenced.stream().map(c -> HibernateSchemaReader.columnName(c, targetWhere)).toList(),
                        onDelete(key.getOnDeleteAction())));
            }
            return keys;
        }

        private String constraintName(@Nullable String hibernateName, String what) {
            if (hibernateName == null) {
                throw new UnsupportedMappingException(where + ": Hibernate gave a " + what + " no name");
            }
            return identifier(hibernateName, false, what, where);
        }

        private static ReferentialAction onDelete(@Nullable OnDeleteAction action) {
            return action == null ? ReferentialAction.NO_ACTION : ReferentialAction.valueOf(action.name());
        }
    }
}
