package dev.migrate.spring;

import dev.migrate.operation.Operation;
import java.util.List;

/**
 * The entity changes that no migration covers.
 *
 * @param operations the operations a new migration would hold
 * @param warnings what a person should look at (likely renames, risky changes)
 * @param problem why no migration can be written as things are (for example a NOT NULL column
 *        without a default), else null
 */
public record ModelComparison(List<Operation> operations, List<String> warnings, String problem) {

    public ModelComparison {
        operations = List.copyOf(operations);
        warnings = List.copyOf(warnings);
    }

    public static ModelComparison upToDate() {
        return new ModelComparison(List.of(), List.of(), null);
    }

    public boolean isUpToDate() {
        return operations.isEmpty() && problem == null;
    }

    /** One line per change, for people; the problem when there is one. */
    public List<String> descriptions() {
        return problem != null ? List.of(problem) : operations.stream().map(Operation::describe).toList();
    }
}
