package dev.migrate.schema;

import java.util.HashSet;
import java.util.List;

/** Checks shared by the values that name a list of columns. */
final class Names {

    private Names() {
    }

    static List<String> columns(List<String> columns, String owner) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(owner + " has no columns");
        }
        List<String> normalized = columns.stream().map(c -> Identifiers.require(c, "column")).toList();
        if (new HashSet<>(normalized).size() != normalized.size()) {
            throw new IllegalArgumentException(owner + " names a column twice: " + normalized);
        }
        return normalized;
    }
}
