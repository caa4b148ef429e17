package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * An immutable, dialect-neutral database schema: tables and sequences by name. Two schemas are
 * equal when they describe the same structure; {@link #differencesFrom(Schema)} says how they
 * differ, for people.
 */
public final class Schema {

    private static final Schema EMPTY = new Schema(new TreeMap<>(), new TreeMap<>());

    private final SortedMap<String, Table> tables;
    private final SortedMap<String, Sequence> sequences;

    private Schema(SortedMap<String, Table> tables, SortedMap<String, Sequence> sequences) {
        this.tables = Collections.unmodifiableSortedMap(tables);
        this.sequences = Collections.unmodifiableSortedMap(sequences);
    }

    public static Schema empty() {
        return EMPTY;
    }

    /** The tables and sequences; a later one replaces an earlier one of the same name. */
    public static Schema of(Collection<Table> tables, Collection<Sequence> sequences) {
        SortedMap<String, Table> tablesByName = new TreeMap<>();
        for (Table table : tables) {
            tablesByName.put(table.name(), table);
        }
        SortedMap<String, Sequence> sequencesByName = new TreeMap<>();
        for (Sequence sequence : sequences) {
            sequencesByName.put(sequence.name(), sequence);
        }
        return new Schema(tablesByName, sequencesByName);
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
        return table(name).orElseThrow(() -> new SchemaException("There is no table " + Identifiers.printable(name)));
    }

    public Optional<Sequence> sequence(String name) {
        return Optional.ofNullable(sequences.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Adds a table, or replaces the table of the same name. */
    public Schema withTable(Table table) {
        SortedMap<String, Table> newTables = new TreeMap<>(tables);
        newTables.put(table.name(), table);
        return new Schema(newTables, new TreeMap<>(sequences));
    }

    public Schema withTable(String name, UnaryOperator<Table> change) {
        return withTable(change.apply(requireTable(name)));
    }

    public Schema withoutTable(String name) {
        requireTable(name);
        SortedMap<String, Table> newTables = new TreeMap<>(tables);
        newTables.remove(name);
        return new Schema(newTables, new TreeMap<>(sequences));
    }

    public Schema withSequence(Sequence sequence) {
        SortedMap<String, Sequence> newSequences = new TreeMap<>(sequences);
        newSequences.put(sequence.name(), sequence);
        return new Schema(new TreeMap<>(tables), newSequences);
    }

    public Schema withoutSequence(String name) {
        if (!sequences.containsKey(name)) {
            throw new SchemaException("There is no sequence " + Identifiers.printable(name));
        }
        SortedMap<String, Sequence> newSequences = new TreeMap<>(sequences);
        newSequences.remove(name);
        return new Schema(new TreeMap<>(tables), newSequences);
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
        for (Table table : tables.values()) {
            if (table.name().equals(tableName)) {
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

    /** Applies a change to every table (used to follow renames into foreign keys). */
    public Schema withEveryTable(UnaryOperator<Table> change) {
        SortedMap<String, Table> newTables = new TreeMap<>();
        for (Table table : tables.values()) {
            Table changed = change.apply(table);
            newTables.put(changed.name(), changed);
        }
        return new Schema(newTables, new TreeMap<>(sequences));
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
        for (String name : new TreeSet<>(union(tables.keySet(), other.tables.keySet()))) {
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
        for (String name : new TreeSet<>(union(sequences.keySet(), other.sequences.keySet()))) {
            Sequence mine = sequences.get(name);
            Sequence theirs = other.sequences.get(name);
            if (!java.util.Objects.equals(mine, theirs)) {
                lines.add("sequence " + name + ": " + (mine == null ? "(none)" : mine) + " here, "
                        + (theirs == null ? "(none)" : theirs) + " in the other schema");
            }
        }
        return lines;
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
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
