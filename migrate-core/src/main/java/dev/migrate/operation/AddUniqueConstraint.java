package dev.migrate.operation;

import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record AddUniqueConstraint(String tableName, UniqueConstraint constraint, boolean online) implements Operation {

    public AddUniqueConstraint {
        tableName = Identifiers.require(tableName, "table");
        if (constraint == null) {
            throw new IllegalArgumentException("addUniqueConstraint on " + tableName + " has no constraint");
        }
    }

    /** The usual form, which takes the table's lock for as long as the change takes. */
    public AddUniqueConstraint(String tableName, UniqueConstraint constraint) {
        this(tableName, constraint, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        schema.requireFreeConstraintName(constraint.name(), tableName, "unique constraint "
                + Identifiers.printable(constraint.name()) + " on " + Identifiers.printable(tableName));
        return schema.withTable(schema.requireTable(tableName).withUniqueConstraint(constraint));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropUniqueConstraint(tableName, constraint.name())));
    }

    /** Dropped again: neither is left; the table dropped: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof DropUniqueConstraint d && d.tableName().equals(tableName)
                && d.constraintName().equals(constraint.name())) {
            return Reductions.nothing();
        }
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
        return "Add unique constraint " + constraint.name() + " on " + tableName + " ("
                + String.join(", ", constraint.columns()) + ")"
                + (online ? ", online: on an index built concurrently" : "");
    }
}
