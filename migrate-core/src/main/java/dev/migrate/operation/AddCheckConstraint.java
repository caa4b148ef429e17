package dev.migrate.operation;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record AddCheckConstraint(String tableName, CheckConstraint constraint, boolean online) implements Operation {

    public AddCheckConstraint {
        tableName = Identifiers.require(tableName, "table");
        if (constraint == null) {
            throw new IllegalArgumentException("addCheckConstraint on " + tableName + " has no constraint");
        }
    }

    /** The usual form, which takes the table's lock for as long as the change takes. */
    public AddCheckConstraint(String tableName, CheckConstraint constraint) {
        this(tableName, constraint, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema.withTable(schema.requireTable(tableName).withCheckConstraint(constraint));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropCheckConstraint(tableName, constraint.name())));
    }

    /** Dropped again: neither is left; the table dropped: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof DropCheckConstraint d && d.tableName().equals(tableName)
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
        return "Add check constraint " + constraint.name() + " on " + tableName + " (" + constraint.expression() + ")"
                + (online ? ", online: NOT VALID, then validated" : "");
    }
}
