package dev.migrate.operation;

import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Sets (or replaces) a column's default value. */
public record AddDefaultValue(String tableName, String columnName, DefaultValue defaultValue) implements Operation {

    public AddDefaultValue {
        tableName = Identifiers.require(tableName, "table");
        columnName = Identifiers.require(columnName, "column");
        if (defaultValue == null) {
            throw new IllegalArgumentException("addDefaultValue on " + tableName + "." + columnName + " has no value");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        return schema.withTable(table.withColumn(table.requireColumn(columnName).withDefaultValue(defaultValue)));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        Column column = before.requireTable(tableName).requireColumn(columnName);
        return Optional.of(List.of(column.defaultValue() == null
                ? new DropDefaultValue(tableName, columnName)
                : new AddDefaultValue(tableName, columnName, column.defaultValue())));
    }

    /**
     * Another default, or none, for the same column: the last one counts (a default changes no row);
     * the column or table dropped: only the drop.
     */
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
        return "Set default of " + tableName + "." + columnName + " to " + defaultValue;
    }
}
