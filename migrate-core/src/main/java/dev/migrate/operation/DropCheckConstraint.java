package dev.migrate.operation;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.SchemaException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record DropCheckConstraint(String tableName, String constraintName) implements Operation {

    public DropCheckConstraint {
        tableName = Identifiers.require(tableName, "table");
        constraintName = Identifiers.require(constraintName, "constraint");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        find(table.checkConstraints());
        return schema.withTable(table.withoutCheckConstraint(constraintName));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(
                new AddCheckConstraint(tableName, find(before.requireTable(tableName).checkConstraints()))));
    }

    private CheckConstraint find(List<CheckConstraint> constraints) {
        return constraints.stream().filter(c -> c.name().equals(constraintName)).findFirst().orElseThrow(
                () -> new SchemaException("Table " + tableName + " has no check constraint " + constraintName));
    }

    /** The table dropped afterwards: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        return Reductions.droppedTable(tableName, next);
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
        return "Drop check constraint " + constraintName + " from " + tableName;
    }
}
