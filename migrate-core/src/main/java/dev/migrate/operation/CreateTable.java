package dev.migrate.operation;

import dev.migrate.schema.Column;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Optional;

/** Creates a table with its columns and primary key; constraints and indexes come as operations of their own. */
public record CreateTable(String tableName, List<Column> columns, List<String> primaryKey) implements Operation {

    public CreateTable {
        tableName = Identifiers.require(tableName, "table");
        columns = List.copyOf(columns);
        primaryKey = primaryKey == null ? List.of()
                : primaryKey.stream().map(c -> Identifiers.require(c, "column")).toList();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + tableName + " has no columns");
        }
        for (int i = 0; i < primaryKey.size(); i++) {
            String key = primaryKey.get(i);
            if (primaryKey.indexOf(key) != i) {
                throw new IllegalArgumentException("the primary key of table " + Identifiers.printable(tableName)
                        + " names the column " + Identifiers.printable(key) + " twice");
            }
            Column column = columns.stream().filter(c -> c.name().equals(key)).findFirst().orElse(null);
            if (column == null) {
                throw new IllegalArgumentException("table " + Identifiers.printable(tableName) + " has no column "
                        + Identifiers.printable(key) + " for its primary key");
            }
            if (column.nullable()) {
                throw new IllegalArgumentException("primary key column " + tableName + "." + key + " must be not null");
            }
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.table(tableName).isPresent()) {
            throw new SchemaException("Table " + tableName + " already exists");
        }
        return schema.withTable(Table.of(tableName, columns, primaryKey));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropTable(tableName)));
    }

    @Override
    public String describe() {
        return "Create table " + tableName;
    }
}
