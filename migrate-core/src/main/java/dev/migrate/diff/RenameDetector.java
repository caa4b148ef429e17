package dev.migrate.diff;

import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns drop-and-add pairs into renames, never by guessing: a rename is written when the user
 * declared it, or when a person at a console confirms it. A likely rename that nobody confirmed
 * becomes a warning that says how to declare it. Candidates are looked for only among the added
 * and dropped tables and columns, so a diff without drops costs nothing here.
 *
 * <p>What counts as likely, compared by name and never by position (a replayed table has the
 * columns added by later migrations last, the entities' table has them in Hibernate's order):
 * <ul>
 * <li>A dropped and an added table: the same primary key column names, and at least half of all
 * their column names (the union of both tables') are in both tables with the same logical type
 * ({@code varchar}, {@code bigint}, ...; the size, nullability and default may differ), at least
 * one of them outside the primary key. So a table renamed while a column was added, dropped or
 * widened is still likely, and two tables that share only {@code id} are not.</li>
 * <li>A dropped and an added column of one table: the same logical type; the size, nullability and
 * default may differ.</li>
 * </ul>
 * The likely pairs are asked about best first: for tables the larger share of columns in common,
 * then more columns identical in every respect; for columns more of size, nullability, default and
 * identity alike; ties go by the added name, then the dropped name. A pair whose table or column
 * was already renamed by an earlier answer is not asked. Each dropped table or column that stays
 * dropped while it had a likely counterpart gets one warning naming its best remaining counterpart.
 */
final class RenameDetector {

    private final Questioner questioner;
    private final List<String> warnings;
    private final List<Operation> operations = new ArrayList<>();
    private Schema schema = Schema.empty();

    RenameDetector(Questioner questioner, List<String> warnings) {
        this.questioner = questioner;
        this.warnings = warnings;
    }

    Renames detect(Schema history, Schema model, RenameHints hints) {
        schema = history;
        hints.tables().forEach((newName, oldName) -> {
            if (schema.table(oldName).isPresent() && schema.table(newName).isEmpty() && model.table(newName).isPresent()) {
                apply(new RenameTable(oldName, newName));
            }
        });
        detectTableRenames(model);
        for (Table table : model.tables()) {
            Optional<Table> old = schema.table(table.name());
            if (old.isEmpty()) {
                continue;
            }
            Map<String, String> declared = hints.columns().getOrDefault(table.name(), Map.of());
            declared.forEach((newName, oldName) -> {
                Table current = schema.requireTable(table.name());
                if (current.column(oldName).isPresent() && current.column(newName).isEmpty()
                        && table.column(newName).isPresent()) {
                    apply(new RenameColumn(table.name(), oldName, newName));
                }
            });
            detectColumnRenames(schema.requireTable(table.name()), table);
        }
        return new Renames(operations, schema);
    }

    private void detectTableRenames(Schema model) {
        List<Table> dropped = schema.tables().stream().filter(t -> model.table(t.name()).isEmpty()).toList();
        if (dropped.isEmpty()) {
            return;
        }
        List<Table> added = model.tables().stream().filter(t -> schema.table(t.name()).isEmpty()).toList();
        List<Likeness> likely = new ArrayList<>();
        for (Table oldTable : dropped) {
            Map<String, Column> oldColumns = byName(oldTable);
            for (Table newTable : added) {
                tableLikeness(oldTable, oldColumns, newTable).ifPresent(likely::add);
            }
        }
        askThenWarn(likely, pair -> questioner.isTableRename(pair.oldName(), pair.newName())
                ? new RenameTable(pair.oldName(), pair.newName()) : null,
                pair -> "Table " + pair.newName() + " looks like " + pair.oldName() + " renamed; this "
                        + "migration drops " + pair.oldName() + " and its data. If it is a rename, declare it "
                        + "on the entity with @RenamedFrom(\"" + pair.oldName() + "\") and make the migration again");
    }

    /**
     * Asks about the likely pairs, best first, renaming what a person confirms (a pair whose either
     * side was renamed already is not asked), then warns once for each dropped name that stays
     * dropped while it had a likely counterpart.
     *
     * @param confirm the rename when the pair is confirmed, else null
     */
    private void askThenWarn(List<Likeness> likely, Function<Likeness, @Nullable Operation> confirm,
            Function<Likeness, String> warning) {
        likely.sort(Likeness.BEST_FIRST);
        Set<String> renamedOld = new HashSet<>();
        Set<String> renamedNew = new HashSet<>();
        for (Likeness pair : likely) {
            if (!renamedOld.contains(pair.oldName()) && !renamedNew.contains(pair.newName())) {
                Operation rename = confirm.apply(pair);
                if (rename != null) {
                    apply(rename);
                    renamedOld.add(pair.oldName());
                    renamedNew.add(pair.newName());
                }
            }
        }
        Set<String> warned = new HashSet<>();
        for (Likeness pair : likely) {
            if (!renamedOld.contains(pair.oldName()) && !renamedNew.contains(pair.newName())
                    && warned.add(pair.oldName())) {
                warnings.add(warning.apply(pair));
            }
        }
    }

    /**
     * How alike a dropped and an added table are, when they are alike enough to be one table renamed:
     * the same primary key column names, and at least half of the union of their column names in
     * both with the same logical type, one of them at least outside the primary key.
     */
    private static Optional<Likeness> tableLikeness(Table oldTable, Map<String, Column> oldColumns, Table newTable) {
        if (!oldTable.primaryKey().equals(newTable.primaryKey())) {
            return Optional.empty();
        }
        int namesInBoth = 0;
        int alike = 0;
        int alikeOutsideKey = 0;
        int identical = 0;
        for (Column column : newTable.columns()) {
            Column before = oldColumns.get(column.name());
            if (before == null) {
                continue;
            }
            namesInBoth++;
            if (before.type().type() == column.type().type()) {
                alike++;
                if (!newTable.primaryKey().contains(column.name())) {
                    alikeOutsideKey++;
                }
                if (before.equals(column)) {
                    identical++;
                }
            }
        }
        int union = oldTable.columns().size() + newTable.columns().size() - namesInBoth;
        if (alikeOutsideKey == 0 || 2 * alike < union) {
            return Optional.empty();
        }
        return Optional.of(new Likeness(oldTable.name(), newTable.name(), alike, union, identical));
    }

    private void detectColumnRenames(Table old, Table current) {
        Map<String, Column> oldColumns = byName(old);
        Map<String, Column> currentColumns = byName(current);
        List<Column> dropped = old.columns().stream().filter(c -> !currentColumns.containsKey(c.name())).toList();
        if (dropped.isEmpty()) {
            return;
        }
        List<Column> added = current.columns().stream().filter(c -> !oldColumns.containsKey(c.name())).toList();
        List<Likeness> likely = new ArrayList<>();
        for (Column oldColumn : dropped) {
            for (Column newColumn : added) {
                if (oldColumn.type().type() == newColumn.type().type()) {
                    likely.add(new Likeness(oldColumn.name(), newColumn.name(), alikeness(oldColumn, newColumn), 4, 0));
                }
            }
        }
        String table = current.name();
        askThenWarn(likely, pair -> questioner.isRename(table, pair.oldName(), pair.newName())
                ? new RenameColumn(table, pair.oldName(), pair.newName()) : null,
                pair -> "Column " + table + "." + pair.newName() + " looks like " + table + "." + pair.oldName()
                        + " renamed; this migration drops " + pair.oldName() + " and its data. If it is a rename, "
                        + "declare it on the field with @RenamedFrom(\"" + pair.oldName() + "\") and make the "
                        + "migration again");
    }

    /** Of a column's type with its size, nullability, default and identity, how many two columns share (0 to 4). */
    private static int alikeness(Column a, Column b) {
        return (a.type().equals(b.type()) ? 1 : 0) + (a.nullable() == b.nullable() ? 1 : 0)
                + (Objects.equals(a.defaultValue(), b.defaultValue()) ? 1 : 0)
                + (a.autoIncrement() == b.autoIncrement() ? 1 : 0);
    }

    private static Map<String, Column> byName(Table table) {
        Map<String, Column> columns = new HashMap<>();
        table.columns().forEach(c -> columns.put(c.name(), c));
        return columns;
    }

    private void apply(Operation rename) {
        schema = rename.applyTo(schema);
        operations.add(rename);
    }

    /**
     * A likely rename of {@code oldName} to {@code newName}: {@code alike} of {@code outOf} alike, and
     * {@code identical} of them identical in every respect.
     */
    private record Likeness(String oldName, String newName, int alike, int outOf, int identical) {

        /** The larger share alike first, then more identical, then by the new name and the old name. */
        static final Comparator<Likeness> BEST_FIRST = ((Comparator<Likeness>) (a, b) ->
                Long.compare((long) b.alike * a.outOf, (long) a.alike * b.outOf))
                .thenComparing(Comparator.comparingInt(Likeness::identical).reversed())
                .thenComparing(Likeness::newName)
                .thenComparing(Likeness::oldName);
    }
}
