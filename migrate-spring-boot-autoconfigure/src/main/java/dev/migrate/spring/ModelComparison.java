package dev.migrate.spring;

import dev.migrate.operation.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The entity changes that no migration covers.
 *
 * @param operations the operations a new migration would hold
 * @param warnings what a person should look at (likely renames, risky changes)
 * @param problem why no migration can be written as things are (for example a NOT NULL column
 *        without a default), else null
 * @param unsupportedMapping whether the problem is that the entities could not be read at all (an
 *        {@code UnsupportedMappingException}): its message says what to change, and no migration
 *        command helps until then
 */
public record ModelComparison(List<Operation> operations, List<String> warnings, @Nullable String problem,
        boolean unsupportedMapping) {

    public ModelComparison {
        operations = List.copyOf(operations);
        warnings = List.copyOf(warnings);
    }

    public ModelComparison(List<Operation> operations, List<String> warnings, @Nullable String problem) {
        this(operations, warnings, problem, false);
    }

    /** The entities could not be read: {@code problem} says why and what to do. */
    public static ModelComparison unsupportedMapping(String problem) {
        return new ModelComparison(List.of(), List.of(), problem, true);
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
