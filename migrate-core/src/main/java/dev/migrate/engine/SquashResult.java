package dev.migrate.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link MigrationSquasher#squash} wrote ({@code squashmigrations}).
 *
 * @param id the squashed migration's id
 * @param file the file written
 * @param replaces the ids it replaces, in order
 * @param dependsOn its dependsOn: that of the first migration of the range
 * @param operationsBefore how many operations the replaced migrations have together
 * @param operationsAfter how many the squashed migration has, optimized
 */
public record SquashResult(String id, Path file, List<String> replaces, List<String> dependsOn, int operationsBefore,
        int operationsAfter) {

    public SquashResult {
        replaces = List.copyOf(replaces);
        dependsOn = List.copyOf(dependsOn);
    }

    /** For people: what was written and what to do next. */
    public String report() {
        return "Squashed " + replaces.size() + " migrations (" + String.join(", ", replaces) + ") into " + id
                + ": " + operationsBefore + " operations optimized to " + operationsAfter + ".\nWrote " + file
                + "\nIt replaces them: a new database applies only " + id + "; one that applied them all has it"
                + " applied; one part-way applies the rest of them first. Once every database has migrated past "
                + replaces.get(replaces.size() - 1) + ", delete the replaced files and run"
                + " --migrate.command=migrate --migrate.prune=true to remove their history rows.";
    }
}
