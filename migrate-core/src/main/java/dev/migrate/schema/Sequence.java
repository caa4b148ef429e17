package dev.migrate.schema;

public record Sequence(String name, long startValue, long incrementBy) {

    public Sequence {
        name = Identifiers.require(name, "sequence");
        if (incrementBy == 0) {
            throw new IllegalArgumentException("sequence " + name + " cannot increment by 0");
        }
    }

    @Override
    public String toString() {
        return "sequence " + name + " start " + startValue + " increment " + incrementBy;
    }

    /** Written out rather than the record's, for the reason {@link Column#equals} gives. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Sequence that && name.equals(that.name)
                && startValue == that.startValue
                && incrementBy == that.incrementBy;
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + Long.hashCode(startValue);
        hash = 31 * hash + Long.hashCode(incrementBy);
        return hash;
    }
}
