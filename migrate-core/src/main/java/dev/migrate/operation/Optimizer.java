package dev.migrate.operation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Django's migration optimizer, in one pass: a list of operations becomes a list that is never
 * longer and has the same effect (a table created and then changed is created that way, a column
 * added and dropped disappears, rename chains collapse, what a later drop removes disappears).
 *
 * <p>The rules are the operations' own ({@link Operation#reduce(Operation)}); this class decides
 * which pairs may meet. Each operation is compared with the latest earlier operation that it
 * <em>depends on</em>: one touching or naming the same table, index, constraint or sequence name,
 * or, for a drop of a table or column, any earlier drop of a foreign key or of a table (which drops
 * its foreign keys): it may be what lets the drop go, and the optimizer does not know the schema. Everything in between shares nothing with it, so
 * moving it back to that operation changes nothing, and their reduction takes that earlier
 * operation's place; what is left is compared again with the operation before, so drops and
 * renames cascade (a column added, altered and dropped disappears whole). An operation on one
 * column may also pass an earlier one on another column of the same table (its type, default or
 * nullability, or an index, unique constraint or foreign key not on it). Raw SQL ({@link
 * SqlOperation}) and Java ({@link JavaOperation}) may move data: the operations before it and after
 * it are optimized apart, and nothing crosses it.
 *
 * <p>Each operation looks back through per-name lists, so the work grows with the number of
 * operations, not its square (10,000 operations take milliseconds, see {@code OptimizerBenchmark}).
 * A rule is applied only when it is exact; correctness matters more than the shortest list.
 */
public final class Optimizer {

    /** How many unrelated column changes of the same table an operation may pass looking for its match. */
    private static final int MAX_PASSES = 16;

    private final List<Operation> out = new ArrayList<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final List<Entry> foreignKeyDrops = new ArrayList<>();

    private Optimizer() {
    }

    /** The operations, optimized; the list given is not changed. */
    public static List<Operation> optimize(List<Operation> operations) {
        List<Operation> result = new ArrayList<>(operations.size());
        Optimizer segment = new Optimizer();
        for (Operation operation : operations) {
            if (keys(operation) == null) {
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
            Entry earlier = lastDependency(current, before);
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
            } else if (passes < MAX_PASSES && mayPass(current, earlier.operation())) {
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
        for (String key : keys(current)) {
            insert(byName.computeIfAbsent(key, k -> new ArrayList<>()), entry);
        }
        if (current instanceof DropForeignKeyConstraint || current instanceof DropTable) {
            insert(foreignKeyDrops, entry);
        }
    }

    private List<Operation> result() {
        return out.stream().filter(o -> o != null).toList();
    }

    /** The latest operation before {@code slot} that {@code operation} depends on, or null. */
    private Entry lastDependency(Operation operation, int slot) {
        Entry latest = null;
        for (String key : keys(operation)) {
            Entry found = lastBefore(byName.get(key), slot);
            if (found != null && (latest == null || found.slot() > latest.slot())) {
                latest = found;
            }
        }
        if (operation instanceof DropTable || operation instanceof DropColumn) {
            Entry found = lastBefore(foreignKeyDrops, slot);
            if (found != null && (latest == null || found.slot() > latest.slot())) {
                latest = found;
            }
        }
        return latest;
    }

    private Entry lastBefore(List<Entry> entries, int slot) {
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

    /**
     * Whether a change to one column may move before an earlier operation on the same table that
     * does not involve that column: the order of the two does not matter to the schema or the rows.
     */
    private static boolean mayPass(Operation later, Operation earlier) {
        String[] column = columnChanged(later);
        if (column == null) {
            return false;
        }
        String table = column[0];
        List<String> used;
        if (earlier instanceof ModifyDataType o && o.tableName().equals(table)) {
            used = List.of(o.columnName());
        } else if (earlier instanceof AddNotNullConstraint o && o.tableName().equals(table)) {
            used = List.of(o.columnName());
        } else if (earlier instanceof DropNotNullConstraint o && o.tableName().equals(table)) {
            used = List.of(o.columnName());
        } else if (earlier instanceof AddDefaultValue o && o.tableName().equals(table)) {
            used = List.of(o.columnName());
        } else if (earlier instanceof DropDefaultValue o && o.tableName().equals(table)) {
            used = List.of(o.columnName());
        } else if (earlier instanceof CreateIndex o && o.tableName().equals(table)) {
            used = o.index().columnNames();
        } else if (earlier instanceof AddUniqueConstraint o && o.tableName().equals(table)) {
            used = o.constraint().columns();
        } else if (earlier instanceof AddForeignKeyConstraint o && o.tableName().equals(table)
                && !o.foreignKey().referencedTable().equals(table)) {
            used = o.foreignKey().columns();
        } else {
            return false;
        }
        for (int i = 1; i < column.length; i++) {
            if (used.contains(column[i])) {
                return false;
            }
        }
        return true;
    }

    /** The table and the column names a change to one column involves, or null for other operations. */
    private static String[] columnChanged(Operation operation) {
        if (operation instanceof ModifyDataType o) {
            return new String[] {o.tableName(), o.columnName()};
        } else if (operation instanceof AddNotNullConstraint o) {
            return new String[] {o.tableName(), o.columnName()};
        } else if (operation instanceof DropNotNullConstraint o) {
            return new String[] {o.tableName(), o.columnName()};
        } else if (operation instanceof AddDefaultValue o) {
            return new String[] {o.tableName(), o.columnName()};
        } else if (operation instanceof DropDefaultValue o) {
            return new String[] {o.tableName(), o.columnName()};
        } else if (operation instanceof DropColumn o) {
            return new String[] {o.tableName(), o.columnName()};
        } else if (operation instanceof RenameColumn o) {
            return new String[] {o.tableName(), o.oldColumnName(), o.newColumnName()};
        }
        return null;
    }

    /**
     * The names an operation touches or refers to (tables, index and constraint names, which the
     * databases keep unique across tables, sequences); two operations sharing none do not depend on
     * each other, but for the drops of foreign keys, tables and columns handled apart. Null for
     * operations nothing may cross: raw SQL.
     */
    private static List<String> keys(Operation operation) {
        if (operation instanceof CreateTable o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof DropTable o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof RenameTable o) {
            return List.of(table(o.oldTableName()), table(o.newTableName()));
        } else if (operation instanceof AddColumn o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof DropColumn o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof RenameColumn o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof ModifyDataType o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof AddNotNullConstraint o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof DropNotNullConstraint o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof AddDefaultValue o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof DropDefaultValue o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof CreateIndex o) {
            return List.of(table(o.tableName()), name(o.index().name()));
        } else if (operation instanceof DropIndex o) {
            return List.of(table(o.tableName()), name(o.indexName()));
        } else if (operation instanceof AddUniqueConstraint o) {
            return List.of(table(o.tableName()), name(o.constraint().name()));
        } else if (operation instanceof DropUniqueConstraint o) {
            return List.of(table(o.tableName()), name(o.constraintName()));
        } else if (operation instanceof AddForeignKeyConstraint o) {
            String referenced = table(o.foreignKey().referencedTable());
            String own = table(o.tableName());
            return own.equals(referenced) ? List.of(own, name(o.foreignKey().name()))
                    : List.of(own, referenced, name(o.foreignKey().name()));
        } else if (operation instanceof DropForeignKeyConstraint o) {
            return List.of(table(o.tableName()), name(o.constraintName()));
        } else if (operation instanceof AddCheckConstraint o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof DropCheckConstraint o) {
            return List.of(table(o.tableName()));
        } else if (operation instanceof CreateSequence o) {
            return List.of(sequence(o.sequence().name()));
        } else if (operation instanceof DropSequence o) {
            return List.of(sequence(o.sequenceName()));
        }
        return null;
    }

    private static String table(String name) {
        return "t:" + name.toLowerCase(Locale.ROOT);
    }

    private static String name(String name) {
        return "n:" + name.toLowerCase(Locale.ROOT);
    }

    private static String sequence(String name) {
        return "s:" + name.toLowerCase(Locale.ROOT);
    }
}
