package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A table: its columns in order, primary key columns in order, and its named unique constraints,
 * indexes, foreign keys and check constraints (kept sorted by name, so equality does not depend on
 * the order they were added in). A null list is taken as empty.
 */
public record Table(String name, List<Column> columns, List<String> primaryKey, List<UniqueConstraint> uniqueConstraints,
        List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checkConstraints) {

    public Table(String name, List<Column> columns, @Nullable List<String> primaryKey,
            @Nullable List<UniqueConstraint> uniqueConstraints, @Nullable List<Index> indexes,
            @Nullable List<ForeignKey> foreignKeys, @Nullable List<CheckConstraint> checkConstraints) {
        name = Identifiers.require(name, "table");
        columns = List.copyOf(columns);
        primaryKey = primaryKey == null || primaryKey.isEmpty() ? List.of()
                : Names.columns(primaryKey, "the primary key of ", name);
        uniqueConstraints = sorted(uniqueConstraints);
        indexes = sorted(indexes);
        foreignKeys = sorted(foreignKeys);
        checkConstraints = sorted(checkConstraints);
        validate(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checkConstraints);
        this.name = name;
        this.columns = columns;
        this.primaryKey = primaryKey;
        this.uniqueConstraints = uniqueConstraints;
        this.indexes = indexes;
        this.foreignKeys = foreignKeys;
        this.checkConstraints = checkConstraints;
    }

    /** A table without check constraints. */
    public Table(String name, List<Column> columns, @Nullable List<String> primaryKey,
            @Nullable List<UniqueConstraint> uniqueConstraints, @Nullable List<Index> indexes,
            @Nullable List<ForeignKey> foreignKeys) {
        this(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, List.of());
    }

    public static Table of(String name, List<Column> columns, List<String> primaryKey) {
        return new Table(name, columns, primaryKey, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Column> column(String columnName) {
        for (Column column : columns) {
            if (column.name().equalsIgnoreCase(columnName)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    public Column requireColumn(String columnName) {
        for (Column column : columns) {
            if (column.name().equalsIgnoreCase(columnName)) {
                return column;
            }
        }
        throw new SchemaException("Table " + Identifiers.printable(name) + " has no column "
                + Identifiers.printable(columnName));
    }

    public Optional<Index> index(String indexName) {
        return Optional.ofNullable(named(indexes, indexName));
    }

    public Optional<UniqueConstraint> uniqueConstraint(String constraintName) {
        return Optional.ofNullable(named(uniqueConstraints, constraintName));
    }

    public Optional<ForeignKey> foreignKey(String keyName) {
        return Optional.ofNullable(named(foreignKeys, keyName));
    }

    /**
     * What of this table has the name, among the names a database wants unique across tables
     * ("an index", "a unique constraint", "a foreign key"), or null. Plain loops: a replay asks every
     * table for every constraint it adds.
     */
    @Nullable
    String schemaWideName(String name) {
        return named(indexes, name) != null ? "an index"
                : named(uniqueConstraints, name) != null ? "a unique constraint"
                : named(foreignKeys, name) != null ? "a foreign key" : null;
    }

    /** The names of its indexes, unique constraints and foreign keys: those a database wants unique across tables. */
    List<String> schemaWideNames() {
        if (indexes.isEmpty() && uniqueConstraints.isEmpty() && foreignKeys.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(indexes.size() + uniqueConstraints.size() + foreignKeys.size());
        for (Index index : indexes) {
            names.add(index.name());
        }
        for (UniqueConstraint unique : uniqueConstraints) {
            names.add(unique.name());
        }
        for (ForeignKey key : foreignKeys) {
            names.add(key.name());
        }
        return names;
    }

    private static <T extends Named> @Nullable T named(List<T> items, String name) {
        for (T item : items) {
            if (item.name().equalsIgnoreCase(name)) {
                return item;
            }
        }
        return null;
    }

    /** Equal to the other table but, perhaps, for the order of its columns. */
    public boolean sameIgnoringColumnOrder(Table other) {
        if (this == other) {
            return true;
        }
        if (!sameButColumns(other) || columns.size() != other.columns.size()) {
            return false;
        }
        if (columns.equals(other.columns)) {
            return true;
        }
        // column names are unique within a table, so the same columns in another order are found by name
        Map<String, Column> others = new HashMap<>();
        for (Column column : other.columns) {
            others.put(column.name(), column);
        }
        for (Column column : columns) {
            if (!column.equals(others.get(column.name()))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameButColumns(Table other) {
        return name.equals(other.name) && primaryKey.equals(other.primaryKey)
                && uniqueConstraints.equals(other.uniqueConstraints) && indexes.equals(other.indexes)
                && foreignKeys.equals(other.foreignKeys) && checkConstraints.equals(other.checkConstraints);
    }

    /** Written out rather than the record's, for the reason {@link Column#equals} gives. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Table that && sameButColumns(that) && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys,
                checkConstraints);
    }

    public Optional<CheckConstraint> checkConstraint(String constraintName) {
        return Optional.ofNullable(named(checkConstraints, constraintName));
    }

    /**
     * Names of the indexes and constraints (other than the primary key) that use the column. Check
     * constraints are not among them: their expressions are SQL we do not parse. The autodetector
     * drops checks before it drops columns, so its own migrations never trip over one; a hand-written
     * drop of a column a check still uses gets the database's own error.
     */
    public List<String> usesOf(String columnName) {
        List<String> uses = new ArrayList<>();
        for (UniqueConstraint unique : uniqueConstraints) {
            if (unique.columns().contains(columnName)) {
                uses.add(unique.name());
            }
        }
        for (Index index : indexes) {
            if (index.columnNames().contains(columnName)) {
                uses.add(index.name());
            }
        }
        for (ForeignKey key : foreignKeys) {
            if (key.columns().contains(columnName)) {
                uses.add(key.name());
            }
        }
        return uses;
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checkConstraints);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, indexes, foreignKeys, checkConstraints);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniqueConstraints) {
        return new Table(name, columns, primaryKey, newUniqueConstraints, indexes, foreignKeys, checkConstraints);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newIndexes, foreignKeys, checkConstraints);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, newForeignKeys, checkConstraints);
    }

    public Table withCheckConstraints(List<CheckConstraint> newCheckConstraints) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, newCheckConstraints);
    }

    /** Replaces the column of the same name, keeping its position. */
    public Table withColumn(Column changed) {
        return replacing(requireColumn(changed.name()), changed);
    }

    public Table withIndex(Index index) {
        return withIndexes(added(indexes, index));
    }

    public Table withUniqueConstraint(UniqueConstraint constraint) {
        return withUniqueConstraints(added(uniqueConstraints, constraint));
    }

    public Table withForeignKey(ForeignKey key) {
        return withForeignKeys(added(foreignKeys, key));
    }

    public Table withCheckConstraint(CheckConstraint constraint) {
        return withCheckConstraints(added(checkConstraints, constraint));
    }

    public Table withoutIndex(String indexName) {
        return withIndexes(without(indexes, indexName));
    }

    public Table withoutUniqueConstraint(String constraintName) {
        return withUniqueConstraints(without(uniqueConstraints, constraintName));
    }

    public Table withoutForeignKey(String keyName) {
        return withForeignKeys(without(foreignKeys, keyName));
    }

    public Table withoutCheckConstraint(String constraintName) {
        return withCheckConstraints(without(checkConstraints, constraintName));
    }

    private static <T> List<T> added(List<T> values, T value) {
        List<T> more = new ArrayList<>(values.size() + 1);
        more.addAll(values);
        more.add(value);
        return more;
    }

    private static <T extends Named> List<T> without(List<T> values, String name) {
        List<T> kept = new ArrayList<>(values.size());
        for (T value : values) {
            if (!value.name().equals(name)) {
                kept.add(value);
            }
        }
        return kept;
    }

    /** Replaces one column, keeping its position. */
    public Table withColumn(String columnName, UnaryOperator<Column> change) {
        Column column = requireColumn(columnName);
        return replacing(column, change.apply(column));
    }

    /** The column found (by name, in any case) replaced where it stands. */
    private Table replacing(Column found, Column replacement) {
        List<Column> newColumns = new ArrayList<>(columns.size());
        for (Column column : columns) {
            newColumns.add(column == found ? replacement : column);
        }
        return withColumns(newColumns);
    }

    public Table withAddedColumn(Column column) {
        List<Column> newColumns = new ArrayList<>(columns);
        newColumns.add(column);
        return withColumns(newColumns);
    }

    /** Renames a column and every reference to it inside this table. */
    public Table withColumnRenamed(String oldName, String newName) {
        UnaryOperator<String> rename = c -> c.equals(oldName) ? newName : c;
        return new Table(name,
                columns.stream().map(c -> c.name().equals(oldName) ? c.withName(newName) : c).toList(),
                primaryKey.stream().map(rename).toList(),
                uniqueConstraints.stream()
                        .map(u -> new UniqueConstraint(u.name(), u.columns().stream().map(rename).toList())).toList(),
                indexes.stream().map(i -> new Index(i.name(), i.unique(), i.columns().stream()
                        .map(c -> new IndexColumn(rename.apply(c.name()), c.descending())).toList())).toList(),
                foreignKeys.stream().map(f -> new ForeignKey(f.name(), f.columns().stream().map(rename).toList(),
                        f.referencedTable(), f.referencedColumns(), f.onDelete())).toList(),
                checkConstraints);
    }

    /** Sorted by name; a list already sorted (as every table a replay changes has them) is only copied. */
    private static <T extends Named> List<T> sorted(@Nullable List<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).name().compareTo(values.get(i).name()) > 0) {
                List<T> sorted = new ArrayList<>(values);
                sorted.sort(BY_NAME);
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(values);
    }

    private static final Comparator<Named> BY_NAME = new Comparator<>() {
        @Override
        public int compare(Named a, Named b) {
            return a.name().compareTo(b.name());
        }
    };

    private static void validate(String table, List<Column> columns, List<String> primaryKey,
            List<UniqueConstraint> uniques, List<Index> indexes, List<ForeignKey> foreignKeys,
            List<CheckConstraint> checks) {
        Set<String> columnNames = new HashSet<>();
        for (Column column : columns) {
            if (!columnNames.add(column.name())) {
                throw new SchemaException("Table " + Identifiers.printable(table) + " has two columns named "
                        + Identifiers.printable(column.name()));
            }
        }
        requireColumns(table, "its primary key", primaryKey, columnNames);
        Set<String> constraintNames = new HashSet<>();
        for (UniqueConstraint unique : uniques) {
            requireColumns(table, unique.name(), unique.columns(), columnNames);
            requireNewName(table, unique.name(), constraintNames);
        }
        for (Index index : indexes) {
            requireColumns(table, index.name(), index.columnNames(), columnNames);
            requireNewName(table, index.name(), constraintNames);
        }
        for (ForeignKey foreignKey : foreignKeys) {
            requireColumns(table, foreignKey.name(), foreignKey.columns(), columnNames);
            requireNewName(table, foreignKey.name(), constraintNames);
        }
        for (CheckConstraint check : checks) {
            requireNewName(table, check.name(), constraintNames);
        }
    }

    private static void requireColumns(String table, String owner, List<String> used, Set<String> columnNames) {
        for (String column : used) {
            if (!columnNames.contains(column)) {
                throw new SchemaException("Table " + Identifiers.printable(table) + " has no column "
                        + Identifiers.printable(column) + " (used by " + Identifiers.printable(owner) + ")");
            }
        }
    }

    private static void requireNewName(String table, String name, Set<String> names) {
        if (!names.add(name)) {
            throw new SchemaException("Table " + Identifiers.printable(table) + " has two indexes or constraints named "
                    + Identifiers.printable(name));
        }
    }
}
