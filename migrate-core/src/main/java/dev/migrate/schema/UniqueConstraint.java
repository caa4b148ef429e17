package dev.migrate.schema;

import java.util.List;

public record UniqueConstraint(String name, List<String> columns) implements Named {

    public UniqueConstraint {
        name = Identifiers.require(name, "constraint");
        columns = Names.columns(columns, "unique constraint ", name);
    }

    @Override
    public String toString() {
        return "unique " + name + " (" + String.join(", ", columns) + ")";
    }

    /** Written out rather than the record's, for the reason {@link Column#equals} gives. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UniqueConstraint that && name.equals(that.name)
                && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + columns.hashCode();
        return hash;
    }
}
