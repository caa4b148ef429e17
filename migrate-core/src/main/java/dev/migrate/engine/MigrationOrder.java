package dev.migrate.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Orders migrations so that each comes after the ones it depends on, the lower number first where
 * the dependencies leave a choice, and rejects a history that has branched (two migrations that
 * follow the same parent, or more than one latest migration), as Django does.
 */
final class MigrationOrder {

    /**
     * The lower number first, then by id; a class rather than a lambda, and made only where a history
     * needs its graph: a start with a history in one line loads neither it nor a priority queue.
     */
    private static final class ByNumber implements Comparator<Migration> {
        @Override
        public int compare(Migration a, Migration b) {
            int byNumber = Long.compare(a.number(), b.number());
            return byNumber != 0 ? byNumber : a.id().compareTo(b.id());
        }
    }

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
        if (isChainInOrder(migrations)) {
            return new ArrayList<>(migrations);
        }
        List<Migration> placed = placedByNumber(migrations);
        return placed != null && isChainInOrder(placed) ? placed : ordered(migrations, severalLatest);
    }

    /**
     * The migrations placed by their numbers, when those follow one another with no gap and none twice;
     * null otherwise. A directory is listed in its own order, not its names', and placing takes no
     * comparison: a chain so placed is the order the graph gives, without the graph.
     */
    private static @Nullable List<Migration> placedByNumber(List<Migration> migrations) {
        long first = Long.MAX_VALUE;
        for (Migration migration : migrations) {
            first = Math.min(first, migration.number());
        }
        if (first < 0) {
            return null;
        }
        Migration[] slots = new Migration[migrations.size()];
        for (Migration migration : migrations) {
            long slot = migration.number() - first;
            if (slot >= slots.length || slots[(int) slot] != null) {
                return null;
            }
            slots[(int) slot] = migration;
        }
        return new ArrayList<>(Arrays.asList(slots));
    }

    /**
     * Whether the history is one line, listed in its order: the first migration depends on nothing and
     * each other on the one before it alone, which is what {@code make} writes and so the usual case.
     * Such a list is its own order and passes every check; telling so takes no map (building the graph
     * below took 2-10 ms for 500 files in a cold JVM, at every start).
     */
    private static boolean isChainInOrder(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            List<String> parents = migrations.get(i).dependsOn();
            boolean followsTheOneBefore = i == 0 ? parents.isEmpty()
                    : parents.size() == 1 && parents.get(0).equals(migrations.get(i - 1).id());
            if (!followsTheOneBefore) {
                return false;
            }
        }
        return true;
    }

    /** The order and the checks of any history, through its graph. */
    static List<Migration> ordered(List<Migration> migrations, boolean severalLatest) {
        Map<String, Migration> byId = new HashMap<>();
        for (Migration migration : migrations) {
            byId.put(migration.id(), migration);
        }
        Map<String, List<Migration>> children = new HashMap<>();
        for (Migration migration : migrations) {
            for (String parent : migration.dependsOn()) {
                if (!byId.containsKey(parent)) {
                    throw new MigrationLoadException("Migration " + migration.source() + " depends on " + parent
                            + ", which is not among the migration files");
                }
                List<Migration> siblings = children.get(parent);
                if (siblings == null) {
                    siblings = new ArrayList<>(1);
                    children.put(parent, siblings);
                }
                siblings.add(migration);
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
        List<Migration> roots = new ArrayList<>(1);
        List<Migration> leaves = new ArrayList<>(1);
        for (Migration migration : migrations) {
            if (migration.dependsOn().isEmpty()) {
                roots.add(migration);
            }
            if (!children.containsKey(migration.id())) {
                leaves.add(migration);
            }
        }
        if (roots.size() > 1) {
            throw new MigrationLoadException("Conflicting migrations: " + sources(roots)
                    + " all start the history (no dependsOn). Give all but the first a dependsOn");
        }
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
        PriorityQueue<Migration> ready = new PriorityQueue<>(new ByNumber());
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
                int waiting = Objects.requireNonNull(waitingFor.get(child.id())) - 1;
                waitingFor.put(child.id(), waiting);
                if (waiting == 0) {
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
        return migrations.stream().sorted(new ByNumber()).map(Migration::source).collect(Collectors.joining(", "));
    }
}
