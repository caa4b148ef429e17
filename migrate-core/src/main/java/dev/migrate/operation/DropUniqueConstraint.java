package dev.migrate.operation;

import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record DropUniqueConstraint(String tableName, String constraintName) implements Operation {

    public DropUniqueConstraint {
        tableName = Identifiers.require(tableName, "table");
        constraintName = Identifiers.require(constraintName, "constraint");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        find(table.uniqueConstraints());
        return schema.withTable(table.withoutUniqueConstraint(constraintName));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(
                new AddUniqueConstraint(tableName, find(before.requireTable(tableName).uniqueConstraints()))));
    }

    private UniqueConstraint find(List<UniqueConstraint> constraints) {
        return constraints.stream().filter(u -> u.name().equals(constraintName)).findFirst().orElseThrow(
                () -> new SchemaException("Table " + tableName + " has no unique constraint " + constraintName));
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
        return "Drop unique constraint " + constraintName + " from " + tableName;
    }
}
