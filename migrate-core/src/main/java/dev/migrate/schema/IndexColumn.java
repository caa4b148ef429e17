package dev.migrate.schema;

/** A column of an index, ascending unless {@code descending}. */
public record IndexColumn(String name, boolean descending) {

    public IndexColumn {
        name = Identifiers.require(name, "column");
    }

    public static IndexColumn asc(String name) {
        return new IndexColumn(name, false);
    }

    @Override
    public String toString() {
        return descending ? name + " desc" : name;
    }

    /** Written out rather than the record's, for the reason {@link Column#equals} gives. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof IndexColumn that && name.equals(that.name)
                && descending == that.descending;
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + Boolean.hashCode(descending);
        return hash;
    }
}
