package dev.migrate.engine;

import dev.migrate.history.HistoryRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Squashed migrations (Django's {@code replaces}), in the graph and against a database's history.
 * <p>In the graph ({@link #graph}) a squashed migration stands for the migrations it replaces: their
 * files, while they exist, leave the graph and are kept on it ({@link Migration#replaced()}), and a
 * dependency on any of them is a dependency on it. Against a history ({@link #resolve}), Django's
 * rules: a database that applied none of the replaced migrations applies the squashed one; one that
 * applied all of them has the squashed one applied (recorded at the end of the next run); one part-way
 * applies the remaining replaced migrations from their files, and then the squashed one is recorded.
 */
final class Squashes {

    private Squashes() {
    }

    /** The migrations with each squashed one in place of the migrations it replaces; nothing else changes. */
    static List<Migration> graph(List<Migration> migrations) {
        Map<String, String> replacedBy = new HashMap<>();
        for (Migration migration : migrations) {
            for (String id : migration.replaces()) {
                String earlier = replacedBy.putIfAbsent(id, migration.id());
                if (earlier != null) {
                    throw new MigrationLoadException("Migrations " + earlier + " and " + migration.id()
                            + " both replace " + id + "; keep one of them");
                }
            }
        }
        if (replacedBy.isEmpty()) {
            return migrations;
        }
        Map<String, Migration> files = new LinkedHashMap<>();
        migrations.forEach(m -> files.put(m.id(), m));
        for (Migration migration : migrations) {
            if (!migration.replaces().isEmpty() && replacedBy.containsKey(migration.id())) {
                throw new MigrationLoadException("Migration " + migration.source() + " is squashed and is itself"
                        + " replaced by " + replacedBy.get(migration.id()) + "; squashing a squashed migration is not"
                        + " supported: delete the older squashed file once every database has applied it");
            }
        }
        List<Migration> graph = new ArrayList<>();
        for (Migration migration : migrations) {
            if (replacedBy.containsKey(migration.id())) {
                continue;
            }
            Migration node = migration;
            if (!migration.replaces().isEmpty()) {
                node = node.withReplaced(migration.replaces().stream().filter(files::containsKey).map(files::get)
                        .toList());
            }
            Set<String> rewired = new LinkedHashSet<>();
            for (String parent : migration.dependsOn()) {
                rewired.add(replacedBy.getOrDefault(parent, parent));
            }
            if (!List.copyOf(rewired).equals(migration.dependsOn())) {
                node = node.withDependsOn(List.copyOf(rewired));
            }
            graph.add(node);
        }
        return graph;
    }

    /**
     * A database's view of the migrations: each list in the order it applies in, with the history
     * rows the planner should see.
     *
     * @param migrations the migrations this database runs: a squashed one, or, part-way, the
     *        replaced migrations in its place
     * @param rows the history, with a row for each squashed migration that counts as applied because
     *        all it replaces are (not yet recorded: {@link #toRecord})
     * @param toRecord squashed migrations to record as applied once the run has applied what they replace
     */
    record Resolution(List<Migration> migrations, Map<String, HistoryRow> rows, List<Migration> toRecord,
            Map<String, String> notes) {

        /**
         * The rows a run plans with: without those of migrations a squashed migration in the list stands
         * for (going back to zero unapplies the squashed migration, and their rows go with it).
         */
        Map<String, HistoryRow> planningRows() {
            if (!anySquashed(migrations)) {
                return rows;
            }
            Map<String, HistoryRow> planning = new LinkedHashMap<>(rows);
            for (Migration migration : migrations) {
                for (String id : migration.replaces()) {
                    planning.remove(id);
                }
            }
            return planning;
        }
    }

    /** Whether any of the migrations is a squashed one; a plain loop, as it runs at every start. */
    static boolean anySquashed(List<Migration> migrations) {
        for (Migration migration : migrations) {
            if (!migration.replaces().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static Resolution resolve(List<Migration> migrations, Map<String, HistoryRow> rows, String historyTable) {
        if (!anySquashed(migrations)) {
            return new Resolution(migrations, rows, List.of(), Map.of());
        }
        List<Migration> effective = new ArrayList<>();
        Map<String, HistoryRow> effectiveRows = new LinkedHashMap<>(rows);
        List<Migration> toRecord = new ArrayList<>();
        Map<String, String> notes = new HashMap<>();
        for (Migration migration : migrations) {
            if (migration.replaces().isEmpty()) {
                effective.add(migration);
                continue;
            }
            List<String> replaces = migration.replaces();
            List<String> applied = replaces.stream().filter(id -> rows.containsKey(id) && rows.get(id).success())
                    .toList();
            List<String> touched = replaces.stream().filter(rows::containsKey).toList();
            HistoryRow own = rows.get(migration.id());
            int n = replaces.size();
            Set<String> present = new HashSet<>();
            migration.replaced().forEach(m -> present.add(m.id()));
            if (own != null) {
                // a replaced migration without a row whose file is gone may have been pruned; one whose file is
                // there was never applied, while others were: that history does not add up
                List<String> missing = replaces.stream().filter(id -> !applied.contains(id) && present.contains(id))
                        .toList();
                if (!touched.isEmpty() && !missing.isEmpty()) {
                    throw new MigrationStateException("The history of this database is inconsistent: the squashed"
                            + " migration " + migration.id() + " is recorded as applied, but of the " + n
                            + " migrations it replaces " + (applied.isEmpty() ? "none is" : String.join(", ", applied)
                                    + (applied.size() == 1 ? " is" : " are")) + " recorded as applied, and not "
                            + String.join(", ", missing) + ". Check the database. If it has all of " + migration.id()
                            + "'s changes, delete the rows of " + String.join(", ", touched) + " from " + historyTable
                            + " (" + migration.id() + " stands for them); if not, delete the row of " + migration.id()
                            + " from " + historyTable + " and run migrate again: the replaced migrations not applied"
                            + " then run from their files, and " + migration.id() + " is recorded after them");
                }
                effective.add(migration);
                notes.put(migration.id(), "replaces " + n + (applied.isEmpty() ? "" : ", all applied"));
            } else if (touched.isEmpty()) {
                effective.add(migration);
                notes.put(migration.id(), "replaces " + n);
            } else if (applied.size() == n) {
                effective.add(migration);
                // all n applied: the last has its row
                HistoryRow last = Objects.requireNonNull(rows.get(replaces.get(n - 1)));
                effectiveRows.put(migration.id(), new HistoryRow(migration.id(),
                        migration.fileHash() == null ? migration.checksum() : "", migration.fileHash(),
                        last.appliedAt(), 0, true, 0, null));
                toRecord.add(migration);
                notes.put(migration.id(), "replaces " + n + ", all applied");
            } else {
                List<String> gone = replaces.stream().filter(id -> !present.contains(id) && !applied.contains(id))
                        .toList();
                if (!gone.isEmpty()) {
                    throw new MigrationStateException("This database applied " + String.join(", ", applied)
                            + " of the " + n + " migrations that " + migration.id() + " replaces, and the files of "
                            + String.join(", ", gone) + " are gone, so it cannot finish them. Restore those files"
                            + " (from version control), run migrate on this database, then delete them again");
                }
                effective.addAll(migration.replaced());
                toRecord.add(migration);
                notes.put(migration.id(), "replaces " + n + ", " + applied.size() + " applied: the others apply"
                        + " from their files first");
            }
        }
        return new Resolution(effective, effectiveRows, toRecord, notes);
    }

    /** The squashed migrations whose replaced migrations the history now records all as applied. */
    static List<Migration> complete(List<Migration> toRecord, Map<String, HistoryRow> rows) {
        return toRecord.stream().filter(m -> !rows.containsKey(m.id()) && m.replaces().stream()
                .allMatch(id -> rows.containsKey(id) && rows.get(id).success())).toList();
    }

    /** A row recording the squashed migration as applied. */
    static HistoryRow row(Migration migration) {
        return new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(), Instant.now(), 0, true,
                migration.operations().size(), null);
    }

    /**
     * Django's {@code migrate --prune}: the rows of replaced migrations whose files are gone and whose
     * squashed migration is applied.
     */
    static List<String> prunable(List<Migration> migrations, Map<String, HistoryRow> rows) {
        Set<String> files = new HashSet<>();
        migrations.forEach(m -> files.add(m.id()));
        List<String> prune = new ArrayList<>();
        for (Migration migration : migrations) {
            HistoryRow own = rows.get(migration.id());
            if (own == null || !own.success()) {
                continue;
            }
            Set<String> present = new HashSet<>();
            migration.replaced().forEach(m -> present.add(m.id()));
            for (String id : migration.replaces()) {
                if (rows.containsKey(id) && !present.contains(id) && !files.contains(id)) {
                    prune.add(id);
                }
            }
        }
        return prune;
    }
}
