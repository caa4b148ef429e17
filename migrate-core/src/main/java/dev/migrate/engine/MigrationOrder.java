package dev.migrate.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

/**
 * Orders migrations so that each comes after the ones it depends on, the lower number first where
 * the dependencies leave a choice, and rejects a history that has branched (two migrations that
 * follow the same parent, or more than one latest migration), as Django does.
 */
final class MigrationOrder {

    private static final Comparator<Migration> BY_NUMBER =
            Comparator.comparingLong(Migration::number).thenComparing(Migration::id);

    private MigrationOrder() {
    }

    static List<Migration> of(List<Migration> migrations) {
        return of(migrations, false);
    }

    /**
     * @param severalLatest whether more than one latest migration is allowed (for
     *        {@code make --merge}, which reads the branches to join them); every other check stays
     */
    static List<Migration> of(List<Migration> migrations, boolean severalLatest) {
        Map<String, Migration> byId = new HashMap<>();
        migrations.forEach(m -> byId.put(m.id(), m));
        Map<String, List<Migration>> children = new HashMap<>();
        for (Migration migration : migrations) {
            for (String parent : migration.dependsOn()) {
                if (!byId.containsKey(parent)) {
                    throw new MigrationLoadException("Migration " + migration.source() + " depends on " + parent
                            + ", which is not among the migration files");
                }
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(migration);
            }
        }
        rejectBranches(migrations, children, severalLatest);
        return topological(migrations, children);
    }

    /**
     * A history may branch and merge again (a merge migration depends on both branches); what it
     * may not have is more than one start or more than one latest migration.
     */
    private static void rejectBranches(List<Migration> migrations, Map<String, List<Migration>> children,
            boolean severalLatest) {
        List<Migration> roots = migrations.stream().filter(m -> m.dependsOn().isEmpty()).toList();
        if (roots.size() > 1) {
            throw new MigrationLoadException("Conflicting migrations: " + sources(roots)
                    + " all start the history (no dependsOn). Give all but the first a dependsOn");
        }
        List<Migration> leaves = migrations.stream().filter(m -> !children.containsKey(m.id())).toList();
        if (leaves.size() <= 1 || severalLatest) {
            return;
        }
        String branches = children.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> sources(e.getValue()) + " all follow " + e.getKey())
                .collect(Collectors.joining("; "));
        throw new MigrationLoadException("Conflicting migrations: " + (branches.isEmpty() ? "" : branches + "; ")
                + "the latest migrations are " + sources(leaves) + ". Make one branch depend on the other "
                + "(change its dependsOn), or add a merge migration that depends on each latest migration: "
                + "--migrate.command=make --migrate.merge=true writes one");
    }

    private static List<Migration> topological(List<Migration> migrations, Map<String, List<Migration>> children) {
        Map<String, Integer> waitingFor = new HashMap<>();
        PriorityQueue<Migration> ready = new PriorityQueue<>(BY_NUMBER);
        for (Migration migration : migrations) {
            waitingFor.put(migration.id(), migration.dependsOn().size());
            if (migration.dependsOn().isEmpty()) {
                ready.add(migration);
            }
        }
        List<Migration> ordered = new ArrayList<>(migrations.size());
        while (!ready.isEmpty()) {
            Migration next = ready.poll();
            ordered.add(next);
            for (Migration child : children.getOrDefault(next.id(), List.of())) {
                if (waitingFor.merge(child.id(), -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (ordered.size() != migrations.size()) {
            List<Migration> stuck = migrations.stream().filter(m -> !ordered.contains(m)).toList();
            throw new MigrationLoadException("Migrations depend on each other in a circle: " + sources(stuck));
        }
        return ordered;
    }

    private static String sources(List<Migration> migrations) {
        return migrations.stream().sorted(BY_NUMBER).map(Migration::source).collect(Collectors.joining(", "));
    }
}
