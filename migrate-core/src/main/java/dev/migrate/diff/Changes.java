package dev.migrate.diff;

import dev.migrate.operation.Operation;
import java.util.List;

/**
 * What the autodetector found: the operations that turn the history into the model, in an order
 * that applies, and warnings for people (likely renames that were not declared, risky changes).
 */
public record Changes(List<Operation> operations, List<String> warnings) {

    public Changes {
        operations = List.copyOf(operations);
        warnings = List.copyOf(warnings);
    }

    /** Nothing to do: the model is the history's schema. */
    public static Changes none() {
        return new Changes(List.of(), List.of());
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }
}
