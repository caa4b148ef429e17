package dev.migrate.operation;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
        Table table = schema.requireTable(tableName);
        return schema.withTable(table.withColumn(table.requireColumn(columnName).withType(newDataType)));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        ColumnType old = before.requireTable(tableName).requireColumn(columnName).type();
        return Optional.of(List.of(new ModifyDataType(tableName, columnName, old)));
    }

    /** Another type for the same column: the last one; the column or table dropped: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof ModifyDataType m && m.tableName().equals(tableName) && m.columnName().equals(columnName)) {
            return Reductions.to(next);
        }
        return Reductions.dropped(tableName, columnName, next);
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
        return "Change type of " + tableName + "." + columnName + " to " + newDataType;
    }
}
