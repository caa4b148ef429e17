package dev.migrate.engine;

import dev.migrate.operation.Operation;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link MigrationMaker#make} (or {@link MigrationMaker#makeEmpty}) did.
 *
 * @param id the new migration's id, or null when there were no changes
 * @param file the file written, or null when there were no changes
 * @param operations what the new migration does
 * @param warnings things a person should look at: likely renames, risky changes
 * @param findings what the online-safety lint says of the new migration's operations (also written as
 *        comments above them in the file)
 */
public record MakeResult(@Nullable String id, @Nullable Path file, List<Operation> operations, List<String> warnings,
        List<OnlineLint.Finding> findings) {

    public MakeResult {
        operations = List.copyOf(operations);
        warnings = List.copyOf(warnings);
        findings = List.copyOf(findings);
    }

    public MakeResult(@Nullable String id, @Nullable Path file, List<Operation> operations, List<String> warnings) {
        this(id, file, operations, warnings, List.of());
    }

    public boolean noChanges() {
        return file == null;
    }

    /** The operations that lose data. */
    public List<Operation> destructive() {
        return operations.stream().filter(Operation::isDestructive).toList();
    }

    /** What to print for the person who ran the command, in the manner of Django's makemigrations. */
    public String report() {
        if (noChanges()) {
            return warnings.isEmpty() ? "No changes detected" : "No changes detected\n" + warningLines();
        }
        StringBuilder text = new StringBuilder("Wrote migration " + id + ":\n  " + file + "\n");
        operations.forEach(op -> text.append("    - ").append(op.describe()).append('\n'));
        if (operations.isEmpty()) {
            text.append("    (empty: write its changes into it by hand)\n");
        }
        if (!destructive().isEmpty()) {
            text.append("Data will be lost when it is applied:\n");
            destructive().forEach(op -> text.append("    ! ").append(op.describe()).append('\n'));
        }
        if (!findings.isEmpty()) {
            text.append("Online safety (on a busy database):\n");
            findings.forEach(f -> text.append("    ! ").append(f.line()).append('\n'));
        }
        text.append(warningLines());
        return text.toString().stripTrailing();
    }

    private String warningLines() {
        StringBuilder text = new StringBuilder();
        warnings.forEach(w -> text.append("Warning: ").append(w).append('\n'));
        return text.toString();
    }
}
