package dev.migrate.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks shared by the values that name a list of columns. */
final class Names {

    private Names() {
    }

    /**
     * The column names, normalized; {@code what} and {@code owner} ("index ", its name) say what names
     * them in an error message, which is only written then (every schema a replay makes checks every
     * index and key).
     */
    static List<String> columns(@Nullable List<String> columns, String what, String owner) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + Identifiers.printable(owner) + " has no columns");
        }
        String[] normalized = new String[columns.size()];
        for (int i = 0; i < normalized.length; i++) {
            normalized[i] = Identifiers.require(columns.get(i), "column");
        }
        if (normalized.length > 1) {
            Set<String> seen = new HashSet<>();
            for (String column : normalized) {
                if (!seen.add(column)) {
                    throw new IllegalArgumentException(what + Identifiers.printable(owner) + " names the column "
                            + Identifiers.printable(column)
                            + " twice");
                }
            }
        }
        return List.of(normalized);
    }
}
