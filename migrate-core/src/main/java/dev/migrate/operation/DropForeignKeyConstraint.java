package dev.migrate.operation;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.SchemaException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record DropForeignKeyConstraint(String tableName, String constraintName) implements Operation {

    public DropForeignKeyConstraint {
        tableName = Identifiers.require(tableName, "table");
        constraintName = Identifiers.require(constraintName, "foreign key");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        find(table.foreignKeys());
        return schema.withTable(table.withoutForeignKey(constraintName));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(
                new AddForeignKeyConstraint(tableName, find(before.requireTable(tableName).foreignKeys()))));
    }

    private ForeignKey find(List<ForeignKey> keys) {
        return keys.stream().filter(f -> f.name().equals(constraintName)).findFirst().orElseThrow(
                () -> new SchemaException("Table " + tableName + " has no foreign key " + constraintName));
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
        return "Drop foreign key " + constraintName + " from " + tableName;
    }
}
