package dev.migrate.schema;

import java.util.List;

public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        ReferentialAction onDelete) {

    public ForeignKey {
        name = Identifiers.require(name, "foreign key");
        columns = Names.columns(columns, "foreign key " + Identifiers.printable(name));
        referencedTable = Identifiers.require(referencedTable, "referenced table");
        referencedColumns = Names.columns(referencedColumns, "foreign key " + Identifiers.printable(name));
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + Identifiers.printable(name) + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
    }

    @Override
    public String toString() {
        return "foreign key " + Identifiers.printable(name) + " (" + String.join(", ", columns) + ") references " + referencedTable + " ("
                + String.join(", ", referencedColumns) + ")"
                + (onDelete == ReferentialAction.NO_ACTION ? "" : " on delete " + onDelete.sql().toLowerCase(java.util.Locale.ROOT));
    }
}
