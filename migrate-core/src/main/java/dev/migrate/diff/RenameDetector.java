package dev.migrate.diff;

import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns drop-and-add pairs into renames, never by guessing: a rename is written when the user
 * declared it, or when a person at a console confirms it. A likely rename that nobody confirmed
 * becomes a warning that says how to declare it. Candidates are looked for only among the added
 * and dropped tables and columns.
 */
final class RenameDetector {

    private final Questioner questioner;
    private final List<String> warnings;
    private final List<Operation> operations = new ArrayList<>();
    private Schema schema;

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
        List<Table> added = model.tables().stream().filter(t -> schema.table(t.name()).isEmpty()).toList();
        Set<String> taken = new HashSet<>();
        for (Table newTable : added) {
            for (Table oldTable : dropped) {
                if (taken.contains(oldTable.name()) || !oldTable.columns().equals(newTable.columns())) {
                    continue;
                }
                if (questioner.isTableRename(oldTable.name(), newTable.name())) {
                    apply(new RenameTable(oldTable.name(), newTable.name()));
                    taken.add(oldTable.name());
                } else {
                    warnings.add("Table " + newTable.name() + " looks like " + oldTable.name() + " renamed; this "
                            + "migration drops " + oldTable.name() + " and its data. If it is a rename, declare it "
                            + "on the entity with @RenamedFrom(\"" + oldTable.name() + "\") and make the migration again");
                }
                break;
            }
        }
    }

    private void detectColumnRenames(Table old, Table current) {
        List<Column> dropped = old.columns().stream().filter(c -> current.column(c.name()).isEmpty()).toList();
        List<Column> added = current.columns().stream().filter(c -> old.column(c.name()).isEmpty()).toList();
        Set<String> taken = new HashSet<>();
        for (Column newColumn : added) {
            for (Column oldColumn : dropped) {
                if (taken.contains(oldColumn.name()) || !oldColumn.withName(newColumn.name()).equals(newColumn)) {
                    continue;
                }
                if (questioner.isRename(current.name(), oldColumn.name(), newColumn.name())) {
                    apply(new RenameColumn(current.name(), oldColumn.name(), newColumn.name()));
                    taken.add(oldColumn.name());
                } else {
                    warnings.add("Column " + current.name() + "." + newColumn.name() + " looks like "
                            + current.name() + "." + oldColumn.name() + " renamed; this migration drops "
                            + oldColumn.name() + " and its data. If it is a rename, declare it on the field with "
                            + "@RenamedFrom(\"" + oldColumn.name() + "\") and make the migration again");
                }
                break;
            }
        }
    }

    private void apply(Operation rename) {
        schema = rename.applyTo(schema);
        operations.add(rename);
    }
}
