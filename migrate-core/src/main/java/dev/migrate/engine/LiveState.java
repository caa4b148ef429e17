package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What of a migration is in the live database, found by reading the database, never assumed: the
 * tables and sequences a migration changes are compared with the schema replayed before it and after
 * each of its operations, in the form the database stores them (check constraints by name, since
 * databases rewrite conditions).
 */
final class LiveState {

    private final Schema live;
    private final Dialect dialect;

    private LiveState(Schema live, Dialect dialect) {
        this.live = live;
        this.dialect = dialect;
    }

    static LiveState read(Connection connection, Dialect dialect, String historyTable) {
        Set<String> ignored = new HashSet<>(SchemaDrift.OTHER_TOOLS_TABLES);
        ignored.add(historyTable);
        return new LiveState(new SchemaIntrospector().read(connection, ignored), dialect);
    }

    boolean hasTable(String name) {
        return live.table(name).isPresent();
    }

    /** The schema before the migration, then after each of its operations. */
    static List<Schema> states(List<Migration> ordered, Migration migration) {
        Schema schema = Schema.empty();
        for (Migration earlier : ordered) {
            if (earlier.id().equals(migration.id())) {
                break;
            }
            schema = SchemaReplay.apply(schema, earlier);
        }
        List<Schema> states = new ArrayList<>(List.of(schema));
        for (int i = 0; i < migration.operations().size(); i++) {
            states.add(SchemaReplay.apply(states.get(i), migration, i, migration.operations().get(i)));
        }
        return states;
    }

    /**
     * How many of the migration's operations are in the database: the state among {@code states}
     * that the database's version of every table and sequence the migration changes equals, the
     * {@code likely} one tried first; -1 when it equals none.
     */
    int operationsDone(List<Schema> states, int likely) {
        List<Integer> order = new ArrayList<>(List.of(likely));
        for (int i = states.size() - 1; i >= 0; i--) {
            if (i != likely) {
                order.add(i);
            }
        }
        Scope scope = Scope.of(states);
        for (int candidate : order) {
            if (differences(states.get(candidate), scope).isEmpty()) {
                return candidate;
            }
        }
        return -1;
    }

    /** Where the database's version of what the migration changes differs from {@code expected}, one line each. */
    List<String> differences(List<Schema> states, Schema expected) {
        return differences(expected, Scope.of(states));
    }

    /**
     * The same, but unique constraints compared by their columns and check constraints by their number
     * per table: a schema another tool made (Hibernate's {@code ddl-auto}) has database-made names for
     * those. {@code renamed} gets a line for each unique constraint whose name differs.
     */
    List<String> differencesButNames(List<Schema> states, Schema expected, List<String> renamed) {
        Scope scope = Scope.of(states);
        Schema ours = dialect.canonical(scope.of(expected));
        Schema theirs = dialect.canonical(scope.of(live));
        for (Table table : ours.tables()) {
            theirs.table(table.name()).ifPresent(other -> table.uniqueConstraints().forEach(unique ->
                    other.uniqueConstraints().stream()
                            .filter(u -> u.columns().equals(unique.columns()) && !u.name().equals(unique.name()))
                            .forEach(u -> renamed.add("Unique constraint " + u.name() + " on " + table.name()
                                    + unique.columns() + " is " + unique.name() + " in the migrations"))));
        }
        return SchemaDrift.differences(namesLeftOut(ours), namesLeftOut(theirs), dialect);
    }

    private List<String> differences(Schema expected, Scope scope) {
        return SchemaDrift.differences(scope.of(expected), scope.of(live), dialect);
    }

    private static Schema namesLeftOut(Schema schema) {
        return schema.withEveryTable(table -> {
            List<List<String>> uniqueColumns = table.uniqueConstraints().stream().map(UniqueConstraint::columns)
                    .sorted(java.util.Comparator.comparing(List::toString)).toList();
            List<UniqueConstraint> renumbered = new ArrayList<>();
            for (List<String> columns : uniqueColumns) {
                renumbered.add(new UniqueConstraint("unique_" + renumbered.size(), columns));
            }
            List<CheckConstraint> checks = new ArrayList<>();
            for (int i = 0; i < table.checkConstraints().size(); i++) {
                checks.add(new CheckConstraint("check_" + i, "(condition as the database keeps it)"));
            }
            // the order of the columns is Hibernate's for the database there, the portable one here
            return table.withUniqueConstraints(renumbered).withCheckConstraints(checks).withColumns(table.columns()
                    .stream().sorted(java.util.Comparator.comparing(dev.migrate.schema.Column::name)).toList());
        });
    }

    /** The tables and sequences that differ between any two of the states. */
    private record Scope(Set<String> tables, Set<String> sequences) {

        static Scope of(List<Schema> states) {
            Set<String> tables = new HashSet<>();
            Set<String> sequences = new HashSet<>();
            states.forEach(state -> {
                state.tables().forEach(t -> tables.add(t.name()));
                state.sequences().forEach(s -> sequences.add(s.name()));
            });
            tables.removeIf(name -> states.stream().map(s -> s.table(name)).distinct().count() == 1);
            sequences.removeIf(name -> states.stream().map(s -> s.sequence(name)).distinct().count() == 1);
            return new Scope(tables, sequences);
        }

        Schema of(Schema schema) {
            List<Table> kept = schema.tables().stream().filter(t -> tables.contains(t.name())).toList();
            List<Sequence> keptSequences = schema.sequences().stream().filter(s -> sequences.contains(s.name())).toList();
            return Schema.of(kept, keptSequences);
        }
    }
}
