package dev.migrate.operation;

import java.util.List;
import java.util.Optional;

/**
 * The rules several operations share in {@link Operation#reduce(Operation)}: what a later drop of
 * their table or column makes of them.
 */
final class Reductions {

    static final Optional<List<Operation>> NONE = Optional.empty();

    private Reductions() {
    }

    static Optional<List<Operation>> to(Operation operation) {
        return Optional.of(List.of(operation));
    }

    static Optional<List<Operation>> nothing() {
        return Optional.of(List.of());
    }

    /** A change to a table that is then dropped: only the drop is left. */
    static Optional<List<Operation>> droppedTable(String table, Operation next) {
        return next instanceof DropTable d && d.tableName().equals(table) ? to(next) : NONE;
    }

    /**
     * A change to one column (its type, default, nullability) that is then dropped with its column or
     * table: only the drop is left.
     */
    static Optional<List<Operation>> dropped(String table, String column, Operation next) {
        if (next instanceof DropColumn d && d.tableName().equals(table) && d.columnName().equals(column)) {
            return to(next);
        }
        return droppedTable(table, next);
    }

    /**
     * For a change of a column's default: another default, or none, for the same column replaces it
     * (a default changes no row); the column or table dropped leaves only the drop.
     */
    static Optional<List<Operation>> defaultChanged(String table, String column, Operation next) {
        if (next instanceof AddDefaultValue a && a.tableName().equals(table) && a.columnName().equals(column)
                || next instanceof DropDefaultValue d && d.tableName().equals(table) && d.columnName().equals(column)) {
            return to(next);
        }
        return dropped(table, column, next);
    }
}
