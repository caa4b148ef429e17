package dev.migrate.engine;

import dev.migrate.operation.Operation;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link MigrationMerger#merge} did ({@code make --merge}).
 *
 * @param outcome what came of it
 * @param latest the latest migrations (Django's leaf nodes), in order; one or none when there is nothing to merge
 * @param commonAncestor the latest migration every branch follows, or null when there is nothing to merge
 * @param branches each latest migration's branch since the common ancestor
 * @param conflicts why the branches cannot be merged, one line each; empty unless {@link Outcome#CONFLICTS}
 * @param warnings what could not be checked (raw SQL), for a person to look at
 * @param id the merge migration's id, or null when none was written
 * @param file the file written, or null
 * @param branchesShown whether a person was already shown the branches (when asked at a console)
 */
public record MergeResult(Outcome outcome, List<String> latest, @Nullable String commonAncestor, List<Branch> branches,
        List<String> conflicts, List<String> warnings, @Nullable String id, @Nullable Path file, boolean branchesShown) {

    public MergeResult {
        latest = List.copyOf(latest);
        branches = List.copyOf(branches);
        conflicts = List.copyOf(conflicts);
        warnings = List.copyOf(warnings);
    }

    static MergeResult nothingToMerge(List<String> latest) {
        return new MergeResult(Outcome.NO_CONFLICTS, latest, null, List.of(), List.of(), List.of(), null, null, false);
    }

    /** What came of a merge. */
    public enum Outcome {
        /** One latest migration (or none): "No conflicts detected to merge.", nothing written. */
        NO_CONFLICTS,
        /** The branches touch the same table or column in ways that depend on their order: refused, nothing written. */
        CONFLICTS,
        /** The person asked said no: nothing written. */
        DECLINED,
        /** The merge migration was written. */
        MERGED
    }

    /**
     * One branch: the migrations that lead from the common ancestor to one latest migration.
     *
     * @param latest the latest migration of the branch
     * @param migrations the branch's migrations, in order, the latest last
     * @param operations their operations, in order
     */
    public record Branch(String latest, List<String> migrations, List<Operation> operations) {

        public Branch {
            migrations = List.copyOf(migrations);
            operations = List.copyOf(operations);
        }
    }

    /** Whether the process should fail: the branches conflict. */
    public boolean refused() {
        return outcome == Outcome.CONFLICTS;
    }

    /** Each branch's operations since the common ancestor, in the manner of Django's makemigrations --merge. */
    public String branchesReport() {
        StringBuilder text = new StringBuilder("Merging " + and(latest) + " (branches since " + commonAncestor + "):\n");
        for (Branch branch : branches) {
            text.append("  Branch ").append(branch.latest());
            if (branch.migrations().size() > 1) {
                text.append(" (").append(String.join(", ", branch.migrations())).append(')');
            }
            text.append('\n');
            if (branch.operations().isEmpty()) {
                text.append("    (no operations)\n");
            }
            branch.operations().forEach(op -> text.append("    - ").append(op.describe()).append('\n'));
        }
        return text.toString();
    }

    /** What to print for the person who ran the command. */
    public String report() {
        if (outcome == Outcome.NO_CONFLICTS) {
            return "No conflicts detected to merge.";
        }
        StringBuilder text = new StringBuilder(branchesShown ? "" : branchesReport());
        warnings.forEach(w -> text.append("Warning: ").append(w).append('\n'));
        switch (outcome) {
            case CONFLICTS -> {
                text.append("Cannot merge: the branches change the same things in ways that depend on their order:\n");
                conflicts.forEach(c -> text.append("  - ").append(c).append('\n'));
                text.append("Apply one branch after the other instead: make the first migration of one branch ("
                        + branches.get(1).migrations().get(0) + ") depend on the latest of the other ("
                        + branches.get(0).latest() + ": change its dependsOn), then run make again.\n");
            }
            case DECLINED -> text.append("Not merged: nothing written.\n");
            default -> text.append("Wrote merge migration ").append(id).append(":\n  ").append(file).append('\n');
        }
        return text.toString().stripTrailing();
    }

    static String and(List<String> names) {
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
