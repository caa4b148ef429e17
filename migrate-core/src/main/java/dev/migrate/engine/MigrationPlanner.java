package dev.migrate.engine;

import dev.migrate.history.HistoryRow;
import dev.migrate.operation.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Compares the migration files with the history table: what is applied, pending, failed, changed or missing. */
final class MigrationPlanner {

    private MigrationPlanner() {
    }

    static List<MigrationStatus> statuses(List<Migration> migrations, Map<String, HistoryRow> history) {
        return statuses(migrations, history, Map.of(), List.of());
    }

    /**
     * @param notes a note for each squashed migration, by id
     * @param squashed the squashed migrations: rows of the ids they replace are shown as replaced, and
     *        one not in {@code migrations} (its replaced migrations run in its place) is shown pending
     */
    static List<MigrationStatus> statuses(List<Migration> migrations, Map<String, HistoryRow> history,
            Map<String, String> notes, List<Migration> squashed) {
        List<MigrationStatus> statuses = new ArrayList<>();
        Set<String> fileIds = new HashSet<>();
        Map<String, String> replacedBy = new java.util.HashMap<>();
        squashed.forEach(s -> s.replaces().forEach(id -> replacedBy.put(id, s.id())));
        for (Migration migration : migrations) {
            fileIds.add(migration.id());
            HistoryRow row = history.get(migration.id());
            List<String> operations = migration.operations().stream().map(Operation::describe).toList();
            if (row == null) {
                statuses.add(new MigrationStatus(migration.id(), MigrationState.PENDING, migration.checksum(), null,
                        null, operations, null, notes.get(migration.id())));
            } else {
                MigrationState state = !row.success() ? MigrationState.FAILED
                        : unchanged(migration, row) ? MigrationState.APPLIED
                        : MigrationState.CHANGED;
                statuses.add(new MigrationStatus(migration.id(), state, migration.checksum(), row.appliedAt(),
                        row.executionMs(), operations, row.failure(), notes.get(migration.id())));
            }
        }
        for (Migration squash : squashed) {
            if (!fileIds.contains(squash.id())) {
                fileIds.add(squash.id());
                statuses.add(new MigrationStatus(squash.id(), MigrationState.PENDING, squash.checksum(), null, null,
                        squash.operations().stream().map(Operation::describe).toList(), null, notes.get(squash.id())));
            }
        }
        for (HistoryRow row : history.values()) {
            if (!fileIds.contains(row.id()) && row.success() && replacedBy.containsKey(row.id())) {
                statuses.add(new MigrationStatus(row.id(), MigrationState.REPLACED, row.checksum(), row.appliedAt(),
                        row.executionMs(), List.of(), null, "replaced by " + replacedBy.get(row.id())));
            } else if (!fileIds.contains(row.id())) {
                statuses.add(new MigrationStatus(row.id(), row.success() ? MigrationState.MISSING : MigrationState.FAILED,
                        row.checksum(), row.appliedAt(), row.executionMs(), List.of(), row.failure()));
            }
        }
        return statuses;
    }

    /**
     * Whether the file is still what was applied: the same bytes (no parsing needed), or else the
     * same normalized content (reformatting and comments are allowed).
     */
    static boolean unchanged(Migration migration, HistoryRow row) {
        return migration.hasFileHash(row.fileHash()) || row.checksum().equals(migration.checksum());
    }

    /** The target that unapplies every migration, as in Django's {@code migrate app zero}. */
    static final String ZERO = "zero";

    /**
     * Refuses a run when a file changed after it was applied, or when the target is not a
     * migration (or {@value #ZERO}).
     */
    static void check(List<Migration> migrations, Map<String, HistoryRow> history, @Nullable String target) {
        List<String> changed = new ArrayList<>();
        for (Migration migration : migrations) {
            HistoryRow row = history.get(migration.id());
            if (row != null && row.success() && !unchanged(migration, row)) {
                changed.add(migration.source());
            }
        }
        if (!changed.isEmpty()) {
            throw new MigrationStateException("Migration files changed after they were applied: "
                    + String.join(", ", changed) + ". Applied migrations must not change: restore them and put the "
                    + "change in a new migration");
        }
        if (target != null && !target.equals(ZERO) && !ids(migrations).contains(target)) {
            throw new MigrationStateException("The target migration " + target + " is not among the migration files;"
                    + " use the id of one of them, or " + ZERO + " to unapply every migration");
        }
    }

    static Set<String> ids(List<Migration> migrations) {
        Set<String> ids = new HashSet<>();
        for (Migration migration : migrations) {
            ids.add(migration.id());
        }
        return ids;
    }

    /** The migrations to apply, in order, up to and including {@code target} when it is given. */
    static List<Migration> pending(List<Migration> migrations, Map<String, HistoryRow> history, @Nullable String target) {
        List<Migration> pending = new ArrayList<>();
        if (ZERO.equals(target)) {
            return pending;
        }
        for (Migration migration : migrations) {
            HistoryRow row = history.get(migration.id());
            if (row == null || !row.success()) {
                pending.add(migration);
            }
            if (migration.id().equals(target)) {
                break;
            }
        }
        return pending;
    }

    /**
     * The migrations that a run to {@code target} unapplies: every one after the target that is
     * applied, or failed part-way, with how many of its operations are in the database. Empty when
     * the run goes forwards.
     */
    static Map<String, Integer> toUnapply(List<Migration> migrations, Map<String, HistoryRow> history,
            @Nullable String target) {
        Map<String, Integer> undo = new LinkedHashMap<>();
        if (target == null) {
            return undo;
        }
        boolean afterTarget = ZERO.equals(target);
        Set<String> files = new HashSet<>();
        for (Migration migration : migrations) {
            files.add(migration.id());
            HistoryRow row = history.get(migration.id());
            if (afterTarget && row != null) {
                undo.put(migration.id(), row.success() ? migration.operations().size() : row.operationsDone());
            }
            afterTarget |= migration.id().equals(target);
        }
        List<String> gone = history.values().stream().filter(r -> !files.contains(r.id())).map(HistoryRow::id).toList();
        if (ZERO.equals(target) && !gone.isEmpty()) {
            throw new MigrationStateException("Cannot unapply every migration: " + String.join(", ", gone)
                    + " applied here but their files are gone. Restore the files, or go back to a migration after them");
        }
        return undo;
    }
}
