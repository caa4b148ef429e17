package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drift: how a live database differs from the schema its applied migrations describe, one line per
 * difference for people ("Column book.isbn is in the database but not in the migrations").
 *
 * <p>{@link #differences(Schema, Schema, Dialect)} compares two schemas: the replayed one, put in
 * the form the database stores it ({@link Dialect#canonical}), with the one read from the database.
 * It compares what the model holds (tables, columns with type, nullability, default and identity,
 * primary keys, unique constraints, indexes, foreign keys, check constraints, sequences) with two
 * exceptions, both things a database does not keep as written: check constraints are compared by
 * table and name only ({@link #checksByName}), and the order of a table's columns is not compared
 * (each database creates a table in the order Hibernate gives the columns there, see
 * {@link Dialect#hibernateColumnOrder}).
 *
 * <p>{@link #read(Connection, List, String)} reads the live schema (a fixed number of catalog
 * queries) and compares it with the replay of the migrations the history table records as applied;
 * pending files are not drift. The history table and {@link #OTHER_TOOLS_TABLES} are left out.
 *
 * @param appliedMigrations the ids of the migrations the live schema was compared with, in order
 * @param differences one line per difference, empty when the database matches
 */
public record SchemaDrift(List<String> appliedMigrations, List<String> differences) {

    /**
     * Tables of other migration tools that live next to an application's own tables and are not
     * drift: Flyway's history table and Liquibase's change log and its lock (in any case).
     */
    public static final Set<String> OTHER_TOOLS_TABLES = Set.of("flyway_schema_history", "databasechangelog",
            "databasechangeloglock");

    private static final String CHECK_PLACEHOLDER = "(condition as the database keeps it)";

    public SchemaDrift {
        appliedMigrations = List.copyOf(appliedMigrations);
        differences = List.copyOf(differences);
    }

    /** Whether the database matches its applied migrations. */
    public boolean isNone() {
        return differences.isEmpty();
    }

    /**
     * Reads the live schema over the connection and compares it with the replay of the migrations
     * recorded as applied in the history table: those with a successful row, and of a failed one
     * (possible only where DDL commits as it goes) the operations the row records as done. Without
     * a history table nothing is applied, and every table is drift. Changes nothing.
     *
     * @param migrations every migration file, in the order they apply in ({@link MigrationLoader})
     * @param historyTableName the history table, left out of the comparison with {@link #OTHER_TOOLS_TABLES}
     * @throws dev.migrate.introspect.IntrospectionException when the database cannot be read, or
     *         holds what the schema model cannot express (such as a column of an unsupported type)
     */
    public static SchemaDrift read(Connection connection, List<Migration> migrations, String historyTableName) {
        try {
            Dialect dialect = Dialect.fromConnection(connection);
            HistoryTable history = new HistoryTable(historyTableName, dialect);
            Map<String, HistoryRow> recorded = history.exists(connection) ? history.readAll(connection) : Map.of();
            // squashed migrations as this database sees them: applied when all they replace are, or part-way
            Squashes.Resolution resolution = Squashes.resolve(migrations, recorded, historyTableName);
            Map<String, HistoryRow> rows = resolution.rows();
            migrations = resolution.migrations();
            Set<String> replaced = migrations.stream().flatMap(m -> m.replaces().stream()).collect(Collectors.toSet());
            Schema expected = SchemaReplay.ofApplied(migrations, rows);
            Set<String> ignored = new LinkedHashSet<>(OTHER_TOOLS_TABLES);
            ignored.add(history.name());
            Schema live = new SchemaIntrospector().read(connection, ignored);
            List<String> lines = new ArrayList<>();
            Set<String> files = migrations.stream().map(Migration::id).collect(Collectors.toSet());
            rows.values().stream().filter(row -> row.success() && !files.contains(row.id()) && !replaced.contains(row.id()))
                    .forEach(row -> lines.add("Migration " + row.id() + " is recorded as applied but its file is "
                            + "missing, so what it changed cannot be compared"));
            lines.addAll(differences(expected, live, dialect));
            List<String> applied = migrations.stream()
                    .filter(m -> rows.containsKey(m.id()) && rows.get(m.id()).success()).map(Migration::id).toList();
            return new SchemaDrift(applied, lines);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database for drift: " + e.getMessage(), e);
        }
    }

    /**
     * How the live schema differs from the expected one, one line per difference, sorted by table
     * (sequences last); empty when they match.
     *
     * @param expected the schema the migrations describe, as {@link SchemaReplay} gives it (not yet
     *        canonical: this puts it in {@code dialect}'s canonical form)
     * @param live the schema read from the database ({@link SchemaIntrospector})
     * @param dialect the database's dialect
     */
    public static List<String> differences(Schema expected, Schema live, Dialect dialect) {
        return compare(expected, live, dialect, false);
    }

    /**
     * Like {@link #differences}, but only for the tables and sequences {@code expected} has: what
     * else the database holds is not reported. For adopting an existing database whose tables an
     * initial migration describes, next to tables it does not.
     */
    public static List<String> differencesInExpectedObjects(Schema expected, Schema live, Dialect dialect) {
        return compare(expected, live, dialect, true);
    }

    /**
     * The schema with every check constraint's condition replaced by one placeholder, so that two
     * schemas compare check constraints by table and name only. A database keeps a condition in its
     * own words ({@code price >= 0} reads back from PostgreSQL as {@code (price >= (0)::numeric)}),
     * so a live schema and the replay of the files that made it cannot agree on the text.
     */
    public static Schema checksByName(Schema schema) {
        return schema.withEveryTable(table -> table.withCheckConstraints(table.checkConstraints().stream()
                .map(check -> new CheckConstraint(check.name(), CHECK_PLACEHOLDER)).toList()));
    }

    private static List<String> compare(Schema expected, Schema live, Dialect dialect, boolean expectedOnly) {
        Schema canonical = dialect.canonical(expected);
        List<String> lines = new ArrayList<>();
        for (String name : new TreeSet<>(names(canonical.tables(), live.tables(), Table::name))) {
            Table mine = canonical.table(name).orElse(null);
            Table theirs = live.table(name).orElse(null);
            if (mine == null) {
                if (!expectedOnly) {
                    lines.add("Table " + name + " is in the database but not in the migrations");
                }
            } else if (theirs == null) {
                lines.add("Table " + name + " is in the migrations but not in the database");
            } else {
                compareTables(expected.requireTable(name), mine, theirs, lines);
            }
        }
        for (String name : new TreeSet<>(names(canonical.sequences(), live.sequences(), Sequence::name))) {
            Sequence mine = canonical.sequence(name).orElse(null);
            Sequence theirs = live.sequence(name).orElse(null);
            if (mine == null) {
                if (!expectedOnly) {
                    lines.add("Sequence " + name + " is in the database but not in the migrations");
                }
            } else if (theirs == null) {
                lines.add("Sequence " + name + " is in the migrations but not in the database");
            } else if (!mine.equals(theirs)) {
                lines.add("Sequence " + name + " " + sequence(theirs) + " in the database, " + sequence(mine)
                        + " in the migrations");
            }
        }
        return lines;
    }

    /**
     * @param written the table as the migrations write it, for types in messages
     * @param mine the same table in the database's canonical form, compared
     */
    private static void compareTables(Table written, Table mine, Table theirs, List<String> lines) {
        if (mine.equals(theirs)) {
            return;
        }
        String table = mine.name();
        for (String name : names(mine.columns(), theirs.columns(), Column::name)) {
            Column a = mine.column(name).orElse(null);
            Column b = theirs.column(name).orElse(null);
            String column = "Column " + table + "." + name;
            if (a == null) {
                lines.add(column + " is in the database but not in the migrations");
            } else if (b == null) {
                lines.add(column + " is in the migrations but not in the database");
            } else {
                if (!a.type().equals(b.type())) {
                    lines.add(column + " is " + type(b.type()) + " in the database, "
                            + type(written.requireColumn(name).type()) + " in the migrations");
                }
                if (a.nullable() != b.nullable()) {
                    lines.add(column + " is " + nullable(b) + " in the database, " + nullable(a) + " in the migrations");
                }
                if (!Objects.equals(a.defaultValue(), b.defaultValue())) {
                    lines.add(column + " has " + defaultValue(b) + " in the database, " + defaultValue(a)
                            + " in the migrations");
                }
                if (a.autoIncrement() != b.autoIncrement()) {
                    lines.add(column + " is " + identity(b) + " in the database, " + identity(a) + " in the migrations");
                }
            }
        }
        if (!mine.primaryKey().equals(theirs.primaryKey())) {
            lines.add("Table " + table + " has " + primaryKey(theirs) + " in the database, " + primaryKey(mine)
                    + " in the migrations");
        }
        compareParts("Unique constraint", table, mine.uniqueConstraints(), theirs.uniqueConstraints(),
                UniqueConstraint::name, u -> "on (" + String.join(", ", u.columns()) + ")", lines);
        compareParts("Index", table, mine.indexes(), theirs.indexes(), Index::name, SchemaDrift::index, lines);
        compareParts("Foreign key", table, mine.foreignKeys(), theirs.foreignKeys(), ForeignKey::name,
                SchemaDrift::foreignKey, lines);
        compareParts("Check constraint", table, checksByName(mine.checkConstraints()),
                checksByName(theirs.checkConstraints()), CheckConstraint::name, CheckConstraint::expression, lines);
    }

    private static List<CheckConstraint> checksByName(List<CheckConstraint> checks) {
        return checks.stream().map(check -> new CheckConstraint(check.name(), CHECK_PLACEHOLDER)).toList();
    }

    private static <T> void compareParts(String kind, String table, List<T> mine, List<T> theirs,
            Function<T, String> name, Function<T, String> describe, List<String> lines) {
        for (String key : names(mine, theirs, name)) {
            T a = mine.stream().filter(x -> name.apply(x).equals(key)).findFirst().orElse(null);
            T b = theirs.stream().filter(x -> name.apply(x).equals(key)).findFirst().orElse(null);
            String what = kind + " " + table + "." + key;
            if (a == null) {
                lines.add(what + " is in the database but not in the migrations");
            } else if (b == null) {
                lines.add(what + " is in the migrations but not in the database");
            } else if (!a.equals(b)) {
                lines.add(what + " is " + describe.apply(b) + " in the database, " + describe.apply(a)
                        + " in the migrations");
            }
        }
    }

    /** The names of both, those of the first in its order, then those only in the second in theirs. */
    private static <T> Set<String> names(Iterable<T> first, Iterable<T> second, Function<T, String> name) {
        Set<String> names = new LinkedHashSet<>();
        first.forEach(x -> names.add(name.apply(x)));
        second.forEach(x -> names.add(name.apply(x)));
        return names;
    }

    /** A type as people write it; a length a database does not keep (PostgreSQL's text, bytea) is left out. */
    private static String type(ColumnType type) {
        if (type.size() != null && type.size() == SchemaIntrospector.UNBOUNDED_LENGTH) {
            return type.type().sqlName();
        }
        return type.toString();
    }

    private static String nullable(Column column) {
        return column.nullable() ? "nullable" : "not null";
    }

    private static String defaultValue(Column column) {
        return column.defaultValue() == null ? "no default" : "default " + column.defaultValue();
    }

    private static String identity(Column column) {
        return column.autoIncrement() ? "an identity column" : "not an identity column";
    }

    private static String primaryKey(Table table) {
        return table.primaryKey().isEmpty() ? "no primary key"
                : "primary key (" + String.join(", ", table.primaryKey()) + ")";
    }

    private static String index(Index index) {
        return (index.unique() ? "unique on (" : "on (")
                + index.columns().stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }

    private static String foreignKey(ForeignKey key) {
        return "(" + String.join(", ", key.columns()) + ") references " + key.referencedTable() + " ("
                + String.join(", ", key.referencedColumns()) + ")" + " on delete "
                + key.onDelete().sql().toLowerCase(Locale.ROOT);
    }

    private static String sequence(Sequence sequence) {
        return "starts at " + sequence.startValue() + " and increments by " + sequence.incrementBy();
    }
}
