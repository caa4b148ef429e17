package dev.migrate.diff;

import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddDefaultValue;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.AddUniqueConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateSequence;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropCheckConstraint;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropDefaultValue;
import dev.migrate.operation.DropForeignKeyConstraint;
import dev.migrate.operation.DropIndex;
import dev.migrate.operation.DropNotNullConstraint;
import dev.migrate.operation.DropSequence;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.DropUniqueConstraint;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.OperationVisitor;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the operations that turn the schema the migrations describe (the history) into the schema
 * the entities describe (the model), like Django's autodetector. Renames come first (declared
 * ones, then ones a person confirms), then everything is compared by name through maps, so the
 * work grows with the size of the schema, not its square. The operations come out in an order
 * that applies: foreign keys, indexes and checks are dropped before what they use, tables are
 * created before the foreign keys that point at them, checks are added after the columns they may
 * use. A check whose condition changed is dropped and added again.
 */
public final class Autodetector {

    private final Questioner questioner;

    public Autodetector(Questioner questioner) {
        this.questioner = questioner;
    }

    public Changes diff(Schema history, Schema model, RenameHints hints) {
        if (history.sameIgnoringColumnOrder(model)) {
            return Changes.none();
        }
        List<String> warnings = new ArrayList<>();
        Renames renames = new RenameDetector(questioner, warnings).detect(history, model, hints);
        Schema from = renames.schemaAfter();
        Phases phases = new Phases();
        phases.renames.addAll(renames.operations());

        for (Table old : from.tables()) {
            Optional<Table> current = model.table(old.name());
            if (current.isEmpty()) {
                old.foreignKeys().forEach(f -> phases.dropForeignKeys.add(new DropForeignKeyConstraint(old.name(), f.name())));
                phases.dropTables.add(new DropTable(old.name()));
            } else {
                compareTable(old, current.get(), phases, warnings);
            }
        }
        for (Table created : model.tables()) {
            if (from.table(created.name()).isEmpty()) {
                phases.createTables.add(new CreateTable(created.name(), created.columns(), created.primaryKey()));
                created.uniqueConstraints().forEach(u -> phases.addIndexes.add(new AddUniqueConstraint(created.name(), u)));
                created.indexes().forEach(i -> phases.addIndexes.add(new CreateIndex(created.name(), i)));
                created.checkConstraints().forEach(c -> phases.addIndexes.add(new AddCheckConstraint(created.name(), c)));
                created.foreignKeys().forEach(f -> phases.addForeignKeys.add(new AddForeignKeyConstraint(created.name(), f)));
            }
        }
        compareSequences(from, model, phases, warnings);
        List<Operation> operations = phases.inOrder();
        warnAboutNativeTypes(operations, warnings);
        return new Changes(operations, warnings);
    }

    /** A native type is sent to every database as written: the files then serve only the database it is for. */
    private static void warnAboutNativeTypes(List<Operation> operations, List<String> warnings) {
        NativeTypeWarnings visitor = new NativeTypeWarnings(warnings);
        operations.forEach(operation -> operation.accept(visitor));
    }

    /** Warns about each native type an operation gives a column; the other operations give none. */
    private record NativeTypeWarnings(List<String> warnings) implements OperationVisitor<@Nullable Void> {

        @Override
        public @Nullable Void visit(CreateTable o) {
            o.columns().forEach(c -> warnIfNative(o.tableName(), c.name(), c.type(), warnings));
            return null;
        }

        @Override
        public @Nullable Void visit(DropTable o) {
            return null;
        }

        @Override
        public @Nullable Void visit(RenameTable o) {
            return null;
        }

        @Override
        public @Nullable Void visit(AddColumn o) {
            warnIfNative(o.tableName(), o.column().name(), o.column().type(), warnings);
            return null;
        }

        @Override
        public @Nullable Void visit(DropColumn o) {
            return null;
        }

        @Override
        public @Nullable Void visit(RenameColumn o) {
            return null;
        }

        @Override
        public @Nullable Void visit(ModifyDataType o) {
            warnIfNative(o.tableName(), o.columnName(), o.newDataType(), warnings);
            return null;
        }

        @Override
        public @Nullable Void visit(AddNotNullConstraint o) {
            return null;
        }

        @Override
        public @Nullable Void visit(DropNotNullConstraint o) {
            return null;
        }

        @Override
        public @Nullable Void visit(AddDefaultValue o) {
            return null;
        }

        @Override
        public @Nullable Void visit(DropDefaultValue o) {
            return null;
        }

        @Override
        public @Nullable Void visit(CreateIndex o) {
            return null;
        }

        @Override
        public @Nullable Void visit(DropIndex o) {
            return null;
        }

        @Override
        public @Nullable Void visit(AddUniqueConstraint o) {
            return null;
        }

        @Override
        public @Nullable Void visit(DropUniqueConstraint o) {
            return null;
        }

        @Override
        public @Nullable Void visit(AddForeignKeyConstraint o) {
            return null;
        }

        @Override
        public @Nullable Void visit(DropForeignKeyConstraint o) {
            return null;
        }

        @Override
        public @Nullable Void visit(AddCheckConstraint o) {
            return null;
        }

        @Override
        public @Nullable Void visit(DropCheckConstraint o) {
            return null;
        }

        @Override
        public @Nullable Void visit(CreateSequence o) {
            return null;
        }

        @Override
        public @Nullable Void visit(DropSequence o) {
            return null;
        }

        @Override
        public @Nullable Void visit(SqlOperation o) {
            return null;
        }

        @Override
        public @Nullable Void visit(JavaOperation o) {
            return null;
        }
    }

    private static void warnIfNative(String table, String column, ColumnType type, List<String> warnings) {
        if (type.type() == DataType.NATIVE) {
            warnings.add(table + "." + column + " has type " + type + ", which has no portable meaning: it is sent to"
                    + " every database as written, so this migration is not portable to other databases. Map the"
                    + " column to a portable type (or a standard columnDefinition such as text or varchar(n)) to make"
                    + " it portable");
        }
    }

    private void compareTable(Table old, Table current, Phases phases, List<String> warnings) {
        String table = current.name();
        if (!old.primaryKey().equals(current.primaryKey())) {
            throw new UnsupportedChangeException("The primary key of " + table + " changed from " + old.primaryKey()
                    + " to " + current.primaryKey() + ": write this migration by hand (an sql change), since the "
                    + "rows must be checked against the new key");
        }
        for (ForeignKey key : old.foreignKeys()) {
            if (!current.foreignKey(key.name()).equals(Optional.of(key))) {
                phases.dropForeignKeys.add(new DropForeignKeyConstraint(table, key.name()));
            }
        }
        for (UniqueConstraint unique : old.uniqueConstraints()) {
            if (!current.uniqueConstraint(unique.name()).equals(Optional.of(unique))) {
                phases.dropIndexes.add(new DropUniqueConstraint(table, unique.name()));
            }
        }
        for (Index index : old.indexes()) {
            if (!current.index(index.name()).equals(Optional.of(index))) {
                phases.dropIndexes.add(new DropIndex(table, index.name()));
            }
        }
        // a check may use any column, so checks go before columns are dropped and come after they are added
        for (CheckConstraint check : old.checkConstraints()) {
            if (!current.checkConstraint(check.name()).equals(Optional.of(check))) {
                phases.dropIndexes.add(new DropCheckConstraint(table, check.name()));
            }
        }
        for (Column column : current.columns()) {
            Optional<Column> before = old.column(column.name());
            if (before.isEmpty()) {
                addColumn(table, column, phases);
            } else if (!before.get().equals(column)) {
                alterColumn(table, before.get(), column, phases, warnings);
            }
        }
        for (Column column : old.columns()) {
            if (current.column(column.name()).isEmpty()) {
                phases.columns.add(new DropColumn(table, column.name()));
            }
        }
        for (UniqueConstraint unique : current.uniqueConstraints()) {
            if (!old.uniqueConstraint(unique.name()).equals(Optional.of(unique))) {
                phases.addIndexes.add(new AddUniqueConstraint(table, unique));
            }
        }
        for (Index index : current.indexes()) {
            if (!old.index(index.name()).equals(Optional.of(index))) {
                phases.addIndexes.add(new CreateIndex(table, index));
            }
        }
        for (CheckConstraint check : current.checkConstraints()) {
            if (!old.checkConstraint(check.name()).equals(Optional.of(check))) {
                phases.addIndexes.add(new AddCheckConstraint(table, check));
            }
        }
        for (ForeignKey key : current.foreignKeys()) {
            if (!old.foreignKey(key.name()).equals(Optional.of(key))) {
                phases.addForeignKeys.add(new AddForeignKeyConstraint(table, key));
            }
        }
    }

    /**
     * A NOT NULL column needs a value for the rows already there: its own default, else a one-off
     * default a person gives (used by this migration only), else the change is refused with advice.
     */
    private void addColumn(String table, Column column, Phases phases) {
        if (column.nullable() || column.defaultValue() != null || column.autoIncrement()) {
            phases.columns.add(new AddColumn(table, column));
            return;
        }
        DefaultValue oneOff = questioner.oneOffDefault(table, column).orElseThrow(() -> new UnsupportedChangeException(
                "Cannot add the NOT NULL column " + table + "." + column.name() + " without a default: the rows "
                        + "already in " + table + " need a value. Either give the field a default "
                        + "(@ColumnDefault(\"...\")) or make it nullable, or run make at a console and type a one-off "
                        + "default for the existing rows."));
        phases.columns.add(new AddColumn(table, column.withDefaultValue(oneOff)));
        phases.columns.add(new DropDefaultValue(table, column.name()));
    }

    private static void alterColumn(String table, Column before, Column after, Phases phases, List<String> warnings) {
        if (before.autoIncrement() != after.autoIncrement()) {
            throw new UnsupportedChangeException("Column " + table + "." + after.name() + " "
                    + (after.autoIncrement() ? "became" : "stopped being") + " generated by the database (identity):"
                    + " write this migration by hand, the way your database changes identity columns");
        }
        if (!before.type().equals(after.type())) {
            phases.columns.add(new ModifyDataType(table, after.name(), after.type()));
        }
        if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
            phases.columns.add(after.defaultValue() == null
                    ? new DropDefaultValue(table, after.name())
                    : new AddDefaultValue(table, after.name(), after.defaultValue()));
        }
        if (before.nullable() && !after.nullable()) {
            phases.columns.add(new AddNotNullConstraint(table, after.name(), after.defaultValue()));
            if (after.defaultValue() == null) {
                warnings.add(table + "." + after.name() + " becomes NOT NULL: the migration fails if a row holds "
                        + "null there; give the field a default to fill them");
            }
        } else if (!before.nullable() && after.nullable()) {
            phases.columns.add(new DropNotNullConstraint(table, after.name()));
        }
    }

    private static void compareSequences(Schema from, Schema model, Phases phases, List<String> warnings) {
        for (Sequence old : from.sequences()) {
            Optional<Sequence> current = model.sequence(old.name());
            if (current.isEmpty() || !current.get().equals(old)) {
                phases.sequences.add(new DropSequence(old.name()));
            }
            if (current.isPresent() && !current.get().equals(old)) {
                warnings.add("Sequence " + old.name() + " changed (" + old + " → " + current.get()
                        + "): it is dropped and created again, so it restarts at its start value");
            }
        }
        for (Sequence sequence : model.sequences()) {
            if (!from.sequence(sequence.name()).equals(Optional.of(sequence))) {
                phases.sequences.add(new CreateSequence(sequence));
            }
        }
    }

    /** The operations found, by the phase they run in. */
    private static final class Phases {
        final List<Operation> renames = new ArrayList<>();
        final List<Operation> dropForeignKeys = new ArrayList<>();
        final List<Operation> dropIndexes = new ArrayList<>();
        final List<Operation> dropTables = new ArrayList<>();
        final List<Operation> createTables = new ArrayList<>();
        final List<Operation> sequences = new ArrayList<>();
        final List<Operation> columns = new ArrayList<>();
        final List<Operation> addIndexes = new ArrayList<>();
        final List<Operation> addForeignKeys = new ArrayList<>();

        List<Operation> inOrder() {
            List<Operation> all = new ArrayList<>();
            for (List<Operation> phase : List.of(renames, dropForeignKeys, dropIndexes, dropTables, createTables,
                    sequences, columns, addIndexes, addForeignKeys)) {
                all.addAll(phase);
            }
            return all;
        }
    }
}
