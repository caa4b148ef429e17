package dev.migrate.operation;

import dev.migrate.schema.Column;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record DropDefaultValue(String tableName, String columnName) implements Operation {

    public DropDefaultValue {
        tableName = Identifiers.require(tableName, "table");
        columnName = Identifiers.require(columnName, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        return schema.withTable(table.withColumn(table.requireColumn(columnName).withDefaultValue(null)));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        Column column = before.requireTable(tableName).requireColumn(columnName);
        return Optional.of(column.defaultValue() == null
                ? List.of()
                : List.of(new AddDefaultValue(tableName, columnName, column.defaultValue())));
    }

    /** A default again, or none again: the last one counts; the column or table dropped: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        return Reductions.defaultChanged(tableName, columnName, next);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public <R extends @Nullable Object> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "Drop default of " + tableName + "." + columnName;
    }
}
