package dev.migrate.schema;

import java.util.List;
import java.util.stream.Collectors;

public record Index(String name, boolean unique, List<IndexColumn> columns) implements Named {

    public Index {
        name = Identifiers.require(name, "index");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + Identifiers.printable(name) + " has no columns");
        }
        // every database but PostgreSQL refuses it (MariaDB: "Duplicate column name"), so no file may hold it
        Names.columns(names(columns), "index ", name);
    }

    public List<String> columnNames() {
        return names(columns);
    }

    private static List<String> names(List<IndexColumn> columns) {
        String[] names = new String[columns.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = columns.get(i).name();
        }
        return List.of(names);
    }

    @Override
    public String toString() {
        return (unique ? "unique index " : "index ") + name + " ("
                + columns.stream().map(IndexColumn::toString).collect(Collectors.joining(", ")) + ")";
    }

    /** Written out rather than the record's, for the reason {@link Column#equals} gives. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Index that && name.equals(that.name)
                && unique == that.unique
                && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + Boolean.hashCode(unique);
        hash = 31 * hash + columns.hashCode();
        return hash;
    }
}
