package dev.migrate.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A foreign key.
 *
 * @param onDelete what deleting a referenced row does; null is taken as {@link ReferentialAction#NO_ACTION}
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        ReferentialAction onDelete) implements Named {

    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
            @Nullable ReferentialAction onDelete) {
        name = Identifiers.require(name, "foreign key");
        columns = Names.columns(columns, "foreign key ", name);
        referencedTable = Identifiers.require(referencedTable, "referenced table");
        referencedColumns = Names.columns(referencedColumns, "foreign key ", name);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + Identifiers.printable(name) + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        this.name = name;
        this.columns = columns;
        this.referencedTable = referencedTable;
        this.referencedColumns = referencedColumns;
        this.onDelete = onDelete;
    }

    @Override
    public String toString() {
        return "foreign key " + Identifiers.printable(name) + " (" + String.join(", ", columns) + ") references " + referencedTable + " ("
                + String.join(", ", referencedColumns) + ")"
                + (onDelete == ReferentialAction.NO_ACTION ? "" : " on delete " + onDelete.sql().toLowerCase(java.util.Locale.ROOT));
    }

    /** Written out rather than the record's, for the reason {@link Column#equals} gives. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ForeignKey that && name.equals(that.name)
                && columns.equals(that.columns)
                && referencedTable.equals(that.referencedTable)
                && referencedColumns.equals(that.referencedColumns)
                && onDelete == that.onDelete;
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + columns.hashCode();
        hash = 31 * hash + referencedTable.hashCode();
        hash = 31 * hash + referencedColumns.hashCode();
        hash = 31 * hash + onDelete.hashCode();
        return hash;
    }
}
