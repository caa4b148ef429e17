package dev.migrate.operation;

import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.Sequence;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record CreateSequence(Sequence sequence) implements Operation {

    public CreateSequence {
        if (sequence == null) {
            throw new IllegalArgumentException("createSequence has no sequence");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.sequence(sequence.name()).isPresent()) {
            throw new SchemaException("Sequence " + sequence.name() + " already exists");
        }
        return schema.withSequence(sequence);
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropSequence(sequence.name())));
    }

    /** Dropped again: neither is left. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        return next instanceof DropSequence d && d.sequenceName().equals(sequence.name()) ? Reductions.nothing()
                : Reductions.NONE;
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
        return "Create sequence " + sequence.name();
    }
}
