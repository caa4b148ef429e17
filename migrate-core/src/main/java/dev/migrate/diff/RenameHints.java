package dev.migrate.diff;

import dev.migrate.schema.Identifiers;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renames the user declared (for example with {@code @RenamedFrom}): the autodetector writes a
 * rename for them instead of a drop and an add. Names are the new ones, as the model has them.
 */
public final class RenameHints {

    private final Map<String, String> tables = new TreeMap<>();
    private final Map<String, Map<String, String>> columns = new TreeMap<>();

    public static RenameHints none() {
        return new RenameHints();
    }

    /** Table {@code newName} was called {@code oldName}. */
    public RenameHints table(String newName, String oldName) {
        tables.put(Identifiers.require(newName, "table"), Identifiers.require(oldName, "table"));
        return this;
    }

    /** Column {@code newName} of table {@code table} (its new name) was called {@code oldName}. */
    public RenameHints column(String table, String newName, String oldName) {
        columns.computeIfAbsent(Identifiers.require(table, "table"), t -> new TreeMap<>())
                .put(Identifiers.require(newName, "column"), Identifiers.require(oldName, "column"));
        return this;
    }

    /** New table name → old table name. */
    public Map<String, String> tables() {
        return tables;
    }

    /** Table (new name) → new column name → old column name. */
    public Map<String, Map<String, String>> columns() {
        return columns;
    }
}
