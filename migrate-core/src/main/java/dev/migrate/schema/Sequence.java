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
}
