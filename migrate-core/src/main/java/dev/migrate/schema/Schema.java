package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, dialect-neutral database schema: tables and sequences by name. Two schemas are
 * equal when they describe the same structure; {@link #differencesFrom(Schema)} says how they
 * differ, for people.
 */
public final class Schema {

    private static final Schema EMPTY = new Schema(NameMap.empty(), NameMap.empty(), NameMap.empty());

    private final NameMap<Table> tables;
    private final NameMap<Sequence> sequences;
    /**
     * The tables that give each index, unique constraint or foreign key name (case folded), or null
     * until {@link #requireFreeConstraintName} first asks; a schema made from this one by changing a
     * table then keeps it up to date, so that a replay checks a new name without visiting every table.
     */
    private volatile @Nullable NameMap<List<String>> constraintOwners;

    private Schema(NameMap<Table> tables, NameMap<Sequence> sequences, @Nullable NameMap<List<String>> constraintOwners) {
        this.tables = tables;
        this.sequences = sequences;
        this.constraintOwners = constraintOwners;
    }

    public static Schema empty() {
        return EMPTY;
    }

    /** The tables and sequences; a later one replaces an earlier one of the same name. */
    public static Schema of(Collection<Table> tables, Collection<Sequence> sequences) {
        NameMap<Table> tablesByName = NameMap.empty();
        for (Table table : tables) {
            tablesByName = tablesByName.with(table.name(), table);
        }
        NameMap<Sequence> sequencesByName = NameMap.empty();
        for (Sequence sequence : sequences) {
            sequencesByName = sequencesByName.with(sequence.name(), sequence);
        }
        return new Schema(tablesByName, sequencesByName, null);
    }

    public Collection<Table> tables() {
        return tables.values();
    }

    public Collection<Sequence> sequences() {
        return sequences.values();
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public Table requireTable(String name) {
        Table table = tables.get(name.toLowerCase(java.util.Locale.ROOT));
        if (table == null) {
            throw new SchemaException("There is no table " + Identifiers.printable(name));
        }
        return table;
    }

    public Optional<Sequence> sequence(String name) {
        return Optional.ofNullable(sequences.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Adds a table, or replaces the table of the same name. */
    public Schema withTable(Table table) {
        NameMap<List<String>> owners = constraintOwners;
        if (owners != null) {
            Table old = tables.get(table.name());
            owners = old == null ? owners : withoutOwner(owners, old);
            owners = withOwner(owners, table);
        }
        return new Schema(tables.with(table.name(), table), sequences, owners);
    }

    public Schema withTable(String name, UnaryOperator<Table> change) {
        return withTable(change.apply(requireTable(name)));
    }

    public Schema withoutTable(String name) {
        Table old = requireTable(name);
        NameMap<Table> newTables = tables.without(name);
        NameMap<List<String>> owners = constraintOwners;
        return new Schema(newTables, sequences,
                owners == null || newTables == tables ? owners : withoutOwner(owners, old));
    }

    public Schema withSequence(Sequence sequence) {
        return new Schema(tables, sequences.with(sequence.name(), sequence), constraintOwners);
    }

    public Schema withoutSequence(String name) {
        if (sequences.get(name) == null) {
            throw new SchemaException("There is no sequence " + Identifiers.printable(name));
        }
        return new Schema(tables, sequences.without(name), constraintOwners);
    }

    /** Foreign keys of other tables that point at the given table, as "table.key". */
    public List<String> foreignKeysReferencing(String tableName, String exceptFromTable) {
        List<String> found = new ArrayList<>();
        for (Table table : tables.values()) {
            if (table.name().equals(exceptFromTable)) {
                continue;
            }
            table.foreignKeys().stream().filter(f -> f.referencedTable().equals(tableName))
                    .forEach(f -> found.add(table.name() + "." + f.name()));
        }
        return found;
    }

    /**
     * Refuses a new index, unique constraint or foreign key whose name another table already gives
     * to one of those. Within a table, {@link Table} refuses the same name twice; across tables the
     * databases do: PostgreSQL and H2 keep index names (and so unique constraints') per schema, H2
     * and MariaDB foreign key names. One rule for all three keeps a file working on each.
     *
     * @param what what is being added, for the message ("index i on book")
     */
    public void requireFreeConstraintName(String name, String tableName, String what) {
        NameMap<List<String>> owners = constraintOwners;
        if (owners == null) {
            owners = NameMap.empty();
            for (Table table : tables.values()) {
                owners = withOwner(owners, table);
            }
            constraintOwners = owners;
        }
        List<String> candidates = owners.get(folded(name));
        if (candidates == null) {
            return;
        }
        for (String candidate : candidates) {
            Table table = tables.get(candidate);
            if (table == null || table.name().equals(tableName)) {
                continue;
            }
            String kind = table.schemaWideName(name);
            if (kind != null) {
                throw new SchemaException("Cannot add " + what + ": table " + Identifiers.printable(table.name())
                        + " already has " + kind + " named " + Identifiers.printable(name) + " (PostgreSQL and H2"
                        + " need index names, H2 and MariaDB foreign key names, unique across all tables)");
            }
        }
    }

    private static NameMap<List<String>> withOwner(NameMap<List<String>> owners, Table table) {
        NameMap<List<String>> result = owners;
        for (String name : table.schemaWideNames()) {
            String key = folded(name);
            List<String> current = result.get(key);
            List<String> more = new ArrayList<>(current == null ? List.of() : current);
            more.add(table.name());
            result = result.with(key, List.copyOf(more));
        }
        return result;
    }

    private static NameMap<List<String>> withoutOwner(NameMap<List<String>> owners, Table table) {
        NameMap<List<String>> result = owners;
        for (String name : table.schemaWideNames()) {
            String key = folded(name);
            List<String> current = result.get(key);
            if (current == null) {
                continue;
            }
            List<String> fewer = new ArrayList<>(current);
            fewer.remove(table.name());
            result = fewer.isEmpty() ? result.without(key) : result.with(key, List.copyOf(fewer));
        }
        return result;
    }

    /** The name with each character as {@link String#equalsIgnoreCase} compares it. */
    private static String folded(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            folded.append(Character.toLowerCase(Character.toUpperCase(name.charAt(i))));
        }
        return folded.toString();
    }

    /** Applies a change to every table (used to follow renames into foreign keys). */
    public Schema withEveryTable(UnaryOperator<Table> change) {
        NameMap<Table> newTables = NameMap.empty();
        for (Table table : tables.values()) {
            Table changed = change.apply(table);
            newTables = newTables.with(changed.name(), changed);
        }
        return new Schema(newTables, sequences, null);
    }

    /**
     * Whether the two describe the same structure except, perhaps, for the order of some table's
     * columns, which no comparison of ours counts as a change (a database appends an added column).
     * The start-up's comparison takes this path when nothing changed: plain loops, no diff.
     */
    public boolean sameIgnoringColumnOrder(Schema other) {
        if (tables.size() != other.tables.size() || !sequences.equals(other.sequences)) {
            return false;
        }
        for (Table table : tables.values()) {
            Table theirs = other.tables.get(table.name());
            if (theirs == null || !table.sameIgnoringColumnOrder(theirs)) {
                return false;
            }
        }
        return true;
    }

    /** One line per difference, saying what this schema has that the other does not, and so on. */
    public List<String> differencesFrom(Schema other) {
        List<String> lines = new ArrayList<>();
        for (String name : union(tables.names(), other.tables.names())) {
            Table mine = tables.get(name);
            Table theirs = other.tables.get(name);
            if (theirs == null) {
                lines.add("table " + name + ": only here");
            } else if (mine == null) {
                lines.add("table " + name + ": only in the other schema");
            } else if (!mine.equals(theirs)) {
                TableDifferences.describe(mine, theirs, lines);
            }
        }
        for (String name : union(sequences.names(), other.sequences.names())) {
            Sequence mine = sequences.get(name);
            Sequence theirs = other.sequences.get(name);
            if (!java.util.Objects.equals(mine, theirs)) {
                lines.add("sequence " + name + ": " + (mine == null ? "(none)" : mine) + " here, "
                        + (theirs == null ? "(none)" : theirs) + " in the other schema");
            }
        }
        return lines;
    }

    private static TreeSet<String> union(Iterable<String> a, Iterable<String> b) {
        TreeSet<String> all = new TreeSet<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema other && tables.equals(other.tables) && sequences.equals(other.sequences);
    }

    @Override
    public int hashCode() {
        return tables.hashCode() * 31 + sequences.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Table table : tables.values()) {
            text.append("table ").append(table.name()).append('\n');
            table.columns().forEach(c -> text.append("  ").append(c).append('\n'));
            if (!table.primaryKey().isEmpty()) {
                text.append("  primary key (").append(String.join(", ", table.primaryKey())).append(")\n");
            }
            table.uniqueConstraints().forEach(u -> text.append("  ").append(u).append('\n'));
            table.indexes().forEach(i -> text.append("  ").append(i).append('\n'));
            table.foreignKeys().forEach(f -> text.append("  ").append(f).append('\n'));
            table.checkConstraints().forEach(c -> text.append("  ").append(c).append('\n'));
        }
        sequences.values().forEach(s -> text.append(s).append('\n'));
        return text.toString();
    }

}
