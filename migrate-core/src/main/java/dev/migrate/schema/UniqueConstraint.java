package dev.migrate.schema;

import java.util.List;

public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        name = Identifiers.require(name, "constraint");
        String owner = name;
        columns = Names.columns(columns, () -> "unique constraint " + Identifiers.printable(owner));
    }

    @Override
    public String toString() {
        return "unique " + name + " (" + String.join(", ", columns) + ")";
    }
}
