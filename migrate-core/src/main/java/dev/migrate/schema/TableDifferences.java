package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Describes, one line each, how two versions of a table differ. */
final class TableDifferences {

    private TableDifferences() {
    }

    static void describe(Table mine, Table theirs, List<String> lines) {
        String prefix = "table " + mine.name() + ": ";
        List<String> myColumns = mine.columns().stream().map(Column::name).toList();
        List<String> theirColumns = theirs.columns().stream().map(Column::name).toList();
        for (String name : new TreeSet<>(concat(myColumns, theirColumns))) {
            Column a = mine.column(name).orElse(null);
            Column b = theirs.column(name).orElse(null);
            if (!Objects.equals(a, b)) {
                lines.add(prefix + "column " + describe(a) + " here, " + describe(b) + " in the other");
            }
        }
        if (myColumns.size() == theirColumns.size() && new TreeSet<>(myColumns).equals(new TreeSet<>(theirColumns))
                && !myColumns.equals(theirColumns)) {
            lines.add(prefix + "column order " + myColumns + " here, " + theirColumns + " in the other");
        }
        if (!mine.primaryKey().equals(theirs.primaryKey())) {
            lines.add(prefix + "primary key " + mine.primaryKey() + " here, " + theirs.primaryKey() + " in the other");
        }
        compare(prefix, mine.uniqueConstraints(), theirs.uniqueConstraints(), UniqueConstraint::name, lines);
        compare(prefix, mine.indexes(), theirs.indexes(), Index::name, lines);
        compare(prefix, mine.foreignKeys(), theirs.foreignKeys(), ForeignKey::name, lines);
        compare(prefix, mine.checkConstraints(), theirs.checkConstraints(), CheckConstraint::name, lines);
    }

    private static <T> void compare(String prefix, List<T> mine, List<T> theirs, Function<T, String> name,
            List<String> lines) {
        for (String key : new TreeSet<>(concat(mine.stream().map(name).toList(), theirs.stream().map(name).toList()))) {
            T a = mine.stream().filter(x -> name.apply(x).equals(key)).findFirst().orElse(null);
            T b = theirs.stream().filter(x -> name.apply(x).equals(key)).findFirst().orElse(null);
            if (!Objects.equals(a, b)) {
                lines.add(prefix + describe(a) + " here, " + describe(b) + " in the other");
            }
        }
    }

    private static String describe(@Nullable Object value) {
        return value == null ? "(none)" : value.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
