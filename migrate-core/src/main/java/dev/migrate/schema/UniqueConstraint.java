package dev.migrate.schema;

import java.util.List;

public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        name = Identifiers.require(name, "constraint");
        columns = Names.columns(columns, "unique constraint " + Identifiers.printable(name));
    }

    @Override
    public String toString() {
        return "unique " + name + " (" + String.join(", ", columns) + ")";
    }
}
