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
}
