package dev.migrate.engine;

import java.util.List;

/**
 * What a run of {@link Migrator#run} (or {@link Migrate#migrate}) did.
 *
 * @param applied the ids applied by this run, in order (faked ones included)
 * @param unapplied the ids unapplied by this run, newest first (faked ones included)
 * @param faked the ids this run recorded or removed without running their SQL
 * @param alreadyApplied how many migrations were applied before this run
 * @param elapsedMs the whole run's time, lock and history included
 * @param squashesRecorded the squashed migrations recorded as applied because all they replace are
 * @param pruned the history rows removed by {@code prune}: replaced migrations whose files are gone
 */
public record MigrateResult(List<String> applied, List<String> unapplied, List<String> faked, int alreadyApplied,
        long elapsedMs, List<String> squashesRecorded, List<String> pruned) {

    public MigrateResult {
        applied = List.copyOf(applied);
        unapplied = List.copyOf(unapplied);
        faked = List.copyOf(faked);
        squashesRecorded = squashesRecorded == null ? List.of() : List.copyOf(squashesRecorded);
        pruned = pruned == null ? List.of() : List.copyOf(pruned);
    }

    public MigrateResult(List<String> applied, List<String> unapplied, List<String> faked, int alreadyApplied,
            long elapsedMs) {
        this(applied, unapplied, faked, alreadyApplied, elapsedMs, List.of(), List.of());
    }

    MigrateResult withSquashes(List<String> recorded, List<String> prunedRows) {
        return new MigrateResult(applied, unapplied, faked, alreadyApplied, elapsedMs, recorded, prunedRows);
    }

    /** For people: one line per migration, then a summary. */
    public String report() {
        StringBuilder squashes = new StringBuilder();
        squashesRecorded.forEach(id -> squashes.append("\nRecorded squashed migration ").append(id)
                .append(" as applied (all the migrations it replaces are)"));
        pruned.forEach(id -> squashes.append("\nPruned ").append(id)
                .append(" from the history (its file is gone; a squashed migration replaces it)"));
        return runReport() + squashes;
    }

    private String runReport() {
        if (applied.isEmpty() && unapplied.isEmpty()) {
            return "No migrations to apply.";
        }
        StringBuilder text = new StringBuilder();
        unapplied.forEach(id -> text.append(faked.contains(id) ? "Unapplied (fake) " : "Unapplied ").append(id).append('\n'));
        applied.forEach(id -> text.append(faked.contains(id) ? "Applied (fake) " : "Applied ").append(id).append('\n'));
        if (!applied.isEmpty()) {
            text.append(applied.size()).append(" applied");
        }
        if (!unapplied.isEmpty()) {
            text.append(applied.isEmpty() ? "" : ", ").append(unapplied.size()).append(" unapplied");
        }
        return text.append(" in ").append(elapsedMs).append(" ms.").toString();
    }
}
