package dev.migrate.operation;

import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record DropSequence(String sequenceName) implements Operation {

    public DropSequence {
        sequenceName = Identifiers.require(sequenceName, "sequence");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema.withoutSequence(sequenceName);
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new CreateSequence(before.sequence(sequenceName)
                .orElseThrow(() -> new SchemaException("There is no sequence " + sequenceName)))));
    }

    /** A dropped sequence is gone: nothing that follows reduces with its drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        return Reductions.NONE;
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
        return "Drop sequence " + sequenceName;
    }
}
