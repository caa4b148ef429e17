package dev.migrate.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks shared by the values that name a list of columns. */
final class Names {

    private Names() {
    }

    static List<String> columns(@Nullable List<String> columns, String owner) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(owner + " has no columns");
        }
        List<String> normalized = columns.stream().map(c -> Identifiers.require(c, "column")).toList();
        Set<String> seen = new HashSet<>();
        for (String column : normalized) {
            if (!seen.add(column)) {
                throw new IllegalArgumentException(owner + " names the column " + Identifiers.printable(column)
                        + " twice");
            }
        }
        return normalized;
    }
}
