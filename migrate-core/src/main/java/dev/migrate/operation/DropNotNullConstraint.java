package dev.migrate.operation;

import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Makes a column nullable. */
public record DropNotNullConstraint(String tableName, String columnName) implements Operation {

    public DropNotNullConstraint {
        tableName = Identifiers.require(tableName, "table");
        columnName = Identifiers.require(columnName, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        return schema.withTable(table.withColumn(table.requireColumn(columnName).withNullable(true)));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new AddNotNullConstraint(tableName, columnName, null)));
    }

    /** Made NOT NULL or nullable again: the last one counts; the column or table dropped: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof AddNotNullConstraint n && n.tableName().equals(tableName)
                && n.columnName().equals(columnName) || next instanceof DropNotNullConstraint d
                        && d.tableName().equals(tableName) && d.columnName().equals(columnName)) {
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
        return "Make " + tableName + "." + columnName + " nullable";
    }
}
