package dev.migrate.operation;

import dev.migrate.schema.Column;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import java.util.List;
import java.util.Optional;

/**
 * Adds a column at the end of a table. A NOT NULL column added to a table that may have rows needs a
 * default value; the database fills existing rows with it.
 */
public record AddColumn(String tableName, Column column) implements Operation {

    public AddColumn {
        tableName = Identifiers.require(tableName, "table");
        if (column == null) {
            throw new IllegalArgumentException("addColumn on " + tableName + " has no column");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.requireTable(tableName).column(column.name()).isPresent()) {
            throw new SchemaException("Table " + tableName + " already has a column " + column.name());
        }
        return schema.withTable(tableName, t -> t.withAddedColumn(column));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropColumn(tableName, column.name())));
    }

    @Override
    public String describe() {
        return "Add column " + column.name() + " to " + tableName;
    }
}
