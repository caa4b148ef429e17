package dev.migrate.operation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Django's migration optimizer, in one pass: a list of operations becomes a list that is never
 * longer and has the same effect (a table created and then changed is created that way, a column
 * added and dropped disappears, rename chains collapse, what a later drop removes disappears).
 *
 * <p>The rules are the operations' own ({@link Operation#reduce(Operation)}); this class decides
 * which pairs may meet. Each operation is compared with the latest earlier operation that it
 * <em>depends on</em>: one touching or naming the same table, index, constraint or sequence name,
 * or, for a drop of a table or column, any earlier drop of a foreign key or of a table (which drops
 * its foreign keys): it may be what lets the drop go, and the optimizer does not know the schema.
 * Everything in between shares nothing with it, so
 * moving it back to that operation changes nothing, and their reduction takes that earlier
 * operation's place; what is left is compared again with the operation before, so drops and
 * renames cascade (a column added, altered and dropped disappears whole). An operation on one
 * column may also pass an earlier one on another column of the same table (its type, default or
 * nullability, or an index, unique constraint or foreign key not on it). Raw SQL ({@link
 * SqlOperation}) and Java ({@link JavaOperation}) may move data: the operations before it and after
 * it are optimized apart, and nothing crosses it. What each kind of operation touches, and what it
 * may pass, is its {@link Footprint}.
 *
 * <p>Each operation looks back through per-name lists, so the work grows with the number of
 * operations, not its square (10,000 operations take milliseconds, see {@code OptimizerBenchmark}).
 * A rule is applied only when it is exact; correctness matters more than the shortest list.
 */
public final class Optimizer {

    /** How many unrelated column changes of the same table an operation may pass looking for its match. */
    private static final int MAX_PASSES = 16;

    private final List<@Nullable Operation> out = new ArrayList<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final List<Entry> foreignKeyDrops = new ArrayList<>();

    private Optimizer() {
    }

    /** The operations, optimized; the list given is not changed. */
    public static List<Operation> optimize(List<Operation> operations) {
        List<Operation> result = new ArrayList<>(operations.size());
        Optimizer segment = new Optimizer();
        for (Operation operation : operations) {
            if (Footprint.of(operation).keys() == null) {
                result.addAll(segment.result());
                result.add(operation);
                segment = new Optimizer();
            } else {
                segment.add(operation);
            }
        }
        result.addAll(segment.result());
        return List.copyOf(result);
    }

    /** An operation at a place in {@link #out}; stale when that place now holds something else. */
    private record Entry(int slot, Operation operation) {
    }

    private void add(Operation operation) {
        Operation current = operation;
        int home = -1;
        int before = out.size();
        int passes = 0;
        while (true) {
            Footprint footprint = Footprint.of(current);
            Entry earlier = lastDependency(footprint, before);
            if (earlier == null) {
                break;
            }
            Optional<List<Operation>> reduced = earlier.operation().reduce(current);
            if (reduced.isPresent()) {
                List<Operation> replacement = reduced.get();
                if (replacement.size() > 1) {
                    throw new IllegalStateException(earlier.operation().describe() + " reduced with "
                            + current.describe() + " to more than one operation");
                }
                out.set(earlier.slot(), null);
                if (replacement.isEmpty()) {
                    return;
                }
                current = replacement.get(0);
                home = earlier.slot();
                before = earlier.slot();
                passes = 0;
            } else if (passes < MAX_PASSES && footprint.mayPass(Footprint.of(earlier.operation()))) {
                before = earlier.slot();
                passes++;
            } else {
                break;
            }
        }
        int slot = home;
        if (slot < 0) {
            slot = out.size();
            out.add(current);
        } else {
            out.set(slot, current);
        }
        Entry entry = new Entry(slot, current);
        Footprint footprint = Footprint.of(current);
        for (String key : keys(footprint)) {
            insert(byName.computeIfAbsent(key, k -> new ArrayList<>()), entry);
        }
        if (footprint.dropsForeignKeys()) {
            insert(foreignKeyDrops, entry);
        }
    }

    private List<Operation> result() {
        List<Operation> result = new ArrayList<>(out.size());
        for (Operation operation : out) {
            if (operation != null) {
                result.add(operation);
            }
        }
        return result;
    }

    /**
     * The keys of an operation of a segment: never null there, since {@link #optimize} gives raw SQL and
     * Java (the operations without keys) no segment, and no reduction yields one of them.
     */
    private static List<String> keys(Footprint footprint) {
        return Objects.requireNonNull(footprint.keys());
    }

    /** The latest operation before {@code slot} that the operation of this footprint depends on, or null. */
    private @Nullable Entry lastDependency(Footprint footprint, int slot) {
        Entry latest = null;
        for (String key : keys(footprint)) {
            Entry found = lastBefore(byName.get(key), slot);
            if (found != null && (latest == null || found.slot() > latest.slot())) {
                latest = found;
            }
        }
        if (footprint.waitsForForeignKeyDrops()) {
            Entry found = lastBefore(foreignKeyDrops, slot);
            if (found != null && (latest == null || found.slot() > latest.slot())) {
                latest = found;
            }
        }
        return latest;
    }

    private @Nullable Entry lastBefore(@Nullable List<Entry> entries, int slot) {
        if (entries == null) {
            return null;
        }
        while (!entries.isEmpty() && !live(entries.get(entries.size() - 1))) {
            entries.remove(entries.size() - 1);
        }
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries.get(middle).slot() < slot) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int i = low - 1; i >= 0; i--) {
            if (live(entries.get(i))) {
                return entries.get(i);
            }
        }
        return null;
    }

    private boolean live(Entry entry) {
        return out.get(entry.slot()) == entry.operation();
    }

    private static void insert(List<Entry> entries, Entry entry) {
        int i = entries.size();
        while (i > 0 && entries.get(i - 1).slot() > entry.slot()) {
            i--;
        }
        entries.add(i, entry);
    }
}
