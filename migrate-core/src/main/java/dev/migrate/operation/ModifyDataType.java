package dev.migrate.operation;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import java.util.List;
import java.util.Optional;

/** Changes a column's type or size, such as widening {@code varchar(100)} to {@code varchar(200)}. */
public record ModifyDataType(String tableName, String columnName, ColumnType newDataType) implements Operation {

    public ModifyDataType {
        tableName = Identifiers.require(tableName, "table");
        columnName = Identifiers.require(columnName, "column");
        if (newDataType == null) {
            throw new IllegalArgumentException("modifyDataType of " + tableName + "." + columnName + " has no type");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema.withTable(tableName, t -> t.withColumn(columnName, c -> c.withType(newDataType)));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        ColumnType old = before.requireTable(tableName).requireColumn(columnName).type();
        return Optional.of(List.of(new ModifyDataType(tableName, columnName, old)));
    }

    @Override
    public String describe() {
        return "Change type of " + tableName + "." + columnName + " to " + newDataType;
    }
}
