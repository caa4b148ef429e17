package dev.migrate.operation;

import dev.migrate.schema.Column;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Drops a column. Indexes, constraints and foreign keys that use it must be dropped first, so that
 * the schema and every database agree on what is left.
 */
public record DropColumn(String tableName, String columnName) implements Operation {

    public DropColumn {
        tableName = Identifiers.require(tableName, "table");
        columnName = Identifiers.require(columnName, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        table.requireColumn(columnName);
        List<String> uses = new ArrayList<>(table.usesOf(columnName));
        if (table.primaryKey().contains(columnName)) {
            uses.add("the primary key");
        }
        schema.tables().forEach(other -> other.foreignKeys().stream()
                .filter(f -> f.referencedTable().equals(tableName) && f.referencedColumns().contains(columnName))
                .forEach(f -> uses.add(other.name() + "." + f.name())));
        if (!uses.isEmpty()) {
            throw new SchemaException("Cannot drop column " + tableName + "." + columnName + ": it is used by "
                    + String.join(", ", uses) + "; drop those first");
        }
        if (table.columns().size() == 1) {
            throw new SchemaException("Cannot drop column " + tableName + "." + columnName
                    + ": it is the table's only column; drop the table instead");
        }
        return schema.withTable(table.withColumns(
                table.columns().stream().filter(c -> !c.name().equals(columnName)).toList()));
    }

    /** Adds the column back, at the end of the table and without its data. */
    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        Column column = before.requireTable(tableName).requireColumn(columnName);
        return Optional.of(List.of(new AddColumn(tableName, column)));
    }

    /** The table dropped afterwards: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        return Reductions.droppedTable(tableName, next);
    }

    @Override
    public <R extends @Nullable Object> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "Drop column " + columnName + " from " + tableName;
    }

    @Override
    public boolean isDestructive() {
        return true;
    }
}
