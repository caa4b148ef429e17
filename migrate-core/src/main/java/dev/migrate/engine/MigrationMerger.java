package dev.migrate.engine;

import dev.migrate.diff.Questioner;
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
import dev.migrate.schema.Schema;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Django's {@code makemigrations --merge}: when the history has more than one latest migration (two
 * people each made one from the same parent), shows each branch's operations since their common
 * ancestor and writes an empty migration that depends on every latest migration, so the history has
 * one end again.
 *
 * <p>Unlike Django, which leaves it to the person, it refuses branches that touch the same thing in
 * ways that depend on which is applied first, since databases that applied one branch apply the other
 * after it: both change one column (its type, nullability or default), or one creates, drops or
 * renames a table, column, index, constraint or sequence that the other also creates, drops, renames,
 * changes or uses (an index on a dropped column; an added column in a dropped table). Two branches
 * adding different columns, indexes or tables commute. Raw SQL cannot be read: it is listed as a
 * warning. As a last check each branch is replayed after each other one, from the common ancestor:
 * every order must apply, and give the same schema (column order aside).
 */
public final class MigrationMerger {

    private static final Comparator<Migration> BY_NUMBER =
            Comparator.comparingLong(Migration::number).thenComparing(Migration::id);
    private static final int MAX_CONFLICTS = 10;

    private final MigrationWriter writer;
    private final Questioner questioner;
    private final MigrationNamer namer;

    public MigrationMerger(MigrationWriter writer, Questioner questioner) {
        this(writer, questioner, Clock.systemDefaultZone());
    }

    MigrationMerger(MigrationWriter writer, Questioner questioner, Clock clock) {
        this.writer = writer;
        this.questioner = questioner;
        this.namer = new MigrationNamer(clock);
    }

    /**
     * Merges the latest migrations, or does nothing when there is one.
     *
     * @param migrations every migration in order, more than one latest allowed ({@link MigrationLoader#loadBranches})
     * @param directory where to write the merge migration
     * @param name the name after the number, or null for {@code merge_<latest ids>}
     */
    public MergeResult merge(List<Migration> migrations, Path directory, @Nullable String name) {
        Map<String, Migration> byId = new HashMap<>();
        migrations.forEach(m -> byId.put(m.id(), m));
        Set<String> parents = new HashSet<>();
        migrations.forEach(m -> parents.addAll(m.dependsOn()));
        List<Migration> leaves = migrations.stream().filter(m -> !parents.contains(m.id())).sorted(BY_NUMBER).toList();
        List<String> latest = leaves.stream().map(Migration::id).toList();
        if (leaves.size() <= 1) {
            return MergeResult.nothingToMerge(latest);
        }

        List<Set<String>> lines = leaves.stream().map(leaf -> ancestors(leaf, byId)).toList();
        Set<String> common = new HashSet<>(lines.get(0));
        lines.forEach(common::retainAll);
        String ancestor = migrations.stream().filter(m -> common.contains(m.id())).reduce((a, b) -> b)
                .map(Migration::id).orElse(null);
        List<List<Migration>> branchMigrations = new ArrayList<>();
        List<MergeResult.Branch> branches = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Set<String> line = lines.get(i);
            List<Migration> branch = migrations.stream().filter(m -> line.contains(m.id()) && !common.contains(m.id()))
                    .toList();
            branchMigrations.add(branch);
            branches.add(new MergeResult.Branch(leaves.get(i).id(), branch.stream().map(Migration::id).toList(),
                    branch.stream().flatMap(m -> m.operations().stream()).toList()));
        }

        List<String> warnings = new ArrayList<>();
        Set<String> conflicts = new LinkedHashSet<>();
        List<List<Touch>> touches = branchMigrations.stream().map(branch -> touches(branch, warnings)).toList();
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                conflicts.addAll(conflicts(only(touches.get(i), branchMigrations.get(j)),
                        only(touches.get(j), branchMigrations.get(i))));
            }
        }
        if (conflicts.isEmpty()) {
            conflicts.addAll(replayConflicts(migrations, common, branchMigrations));
        }
        MergeResult refused = new MergeResult(MergeResult.Outcome.CONFLICTS, latest, ancestor, branches,
                conflicts.stream().limit(MAX_CONFLICTS).toList(), warnings, null, null, false);
        if (!conflicts.isEmpty()) {
            return refused;
        }
        boolean shown = questioner.asksAPerson();
        if (!questioner.isMerge(latest, refused.branchesReport())) {
            return new MergeResult(MergeResult.Outcome.DECLINED, latest, ancestor, branches, List.of(), warnings,
                    null, null, shown);
        }
        String id = namer.mergeId(MigrationMaker.lastNumber(migrations), name, latest);
        Path file = MigrationMaker.write(writer, directory, id, new MigrationDocument(latest, List.of()));
        return new MergeResult(MergeResult.Outcome.MERGED, latest, ancestor, branches, List.of(), warnings, id, file,
                shown);
    }

    /** The migration and every migration it follows, directly or not. */
    private static Set<String> ancestors(Migration leaf, Map<String, Migration> byId) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(leaf.id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                // ordered migrations: every dependsOn names one of them
                todo.addAll(Objects.requireNonNull(byId.get(id)).dependsOn());
            }
        }
        return seen;
    }

    /** The touches of migrations that are not also in the other branch (two branches may share a start). */
    private static List<Touch> only(List<Touch> touches, List<Migration> other) {
        return touches.stream().filter(t -> !other.contains(t.migration())).toList();
    }

    private static Set<String> conflicts(List<Touch> first, List<Touch> second) {
        Set<String> found = new LinkedHashSet<>();
        Set<List<Object>> pairs = new HashSet<>();
        for (Touch a : first) {
            for (Touch b : second) {
                if (conflict(a, b) && pairs.add(List.of(a.migration().id(), a.index(), b.migration().id(), b.index()))) {
                    found.add(describe(a, b));
                }
            }
        }
        return found;
    }

    /**
     * Whether two touches from different branches depend on their order: both change the same
     * column, or one replaces (creates, drops, renames) what the other touches in any way; replacing
     * a table touches everything in it.
     */
    private static boolean conflict(Touch a, Touch b) {
        if (a.key().equals(b.key())) {
            return a.kind() == Kind.REPLACES || b.kind() == Kind.REPLACES
                    || (a.kind() == Kind.CHANGES && b.kind() == Kind.CHANGES);
        }
        return (a.kind() == Kind.REPLACES && a.isTable() && Objects.equals(a.table(), b.table()))
                || (b.kind() == Kind.REPLACES && b.isTable() && Objects.equals(b.table(), a.table()));
    }

    private static String describe(Touch a, Touch b) {
        if (a.key().equals(b.key()) && a.kind() == Kind.CHANGES && b.kind() == Kind.CHANGES) {
            return a.migration().id() + " and " + b.migration().id() + " both change " + a.key() + " ("
                    + a.operation().describe() + "; " + b.operation().describe() + ")";
        }
        Touch first = a.kind() == Kind.REPLACES && (a.isTable() || a.key().equals(b.key())) ? a : b;
        Touch second = first == a ? b : a;
        return first.migration().id() + " " + verb(first) + " " + first.key() + " (" + first.operation().describe()
                + ") while " + second.migration().id() + " " + verb(second) + " " + second.key() + " ("
                + second.operation().describe() + ")";
    }

    /** "drops", "creates", "renames" or "adds" (from the operation's own description), "changes", "uses". */
    private static String verb(Touch touch) {
        return switch (touch.kind()) {
            case USES -> "uses";
            case ALTERS, CHANGES -> "changes";
            case REPLACES -> {
                String word = touch.operation().describe().split(" ", 2)[0].toLowerCase(Locale.ROOT);
                yield List.of("create", "drop", "rename", "add").contains(word) ? word + "s" : "changes";
            }
        };
    }

    /**
     * The last check, with the schema itself: from the common ancestor, each branch applied after each
     * other one must apply, and give the same schema whichever comes first (column order aside: a
     * database adds a column at the end of its table).
     */
    private static List<String> replayConflicts(List<Migration> migrations, Set<String> common,
            List<List<Migration>> branches) {
        Schema start = SchemaReplay.of(migrations.stream().filter(m -> common.contains(m.id())).toList());
        List<String> found = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            for (int j = i + 1; j < branches.size(); j++) {
                Schema ij;
                Schema ji;
                try {
                    ij = replay(start, branches.get(i), branches.get(j));
                    ji = replay(start, branches.get(j), branches.get(i));
                } catch (MigrationLoadException e) {
                    found.add("applied after the other branch, " + e.getMessage());
                    continue;
                }
                Schema a = columnsByName(ij);
                Schema b = columnsByName(ji);
                if (!a.equals(b)) {
                    found.add("the schema depends on which branch is applied first: " + String.join("; ",
                            a.differencesFrom(b)));
                }
            }
        }
        return found;
    }

    private static Schema replay(Schema start, List<Migration> first, List<Migration> then) {
        Schema schema = start;
        for (Migration migration : first) {
            schema = SchemaReplay.apply(schema, migration);
        }
        for (Migration migration : then) {
            if (!first.contains(migration)) {
                schema = SchemaReplay.apply(schema, migration);
            }
        }
        return schema;
    }

    private static Schema columnsByName(Schema schema) {
        return schema.withEveryTable(table -> table.withColumns(
                table.columns().stream().sorted(Comparator.comparing(c -> c.name())).toList()));
    }

    /** What each operation of a branch touches, in order. */
    private static List<Touch> touches(List<Migration> branch, List<String> warnings) {
        List<Touch> touches = new ArrayList<>();
        for (Migration migration : branch) {
            List<Operation> operations = migration.operations();
            for (int i = 0; i < operations.size(); i++) {
                Operation operation = operations.get(i);
                Touches of = new Touches(touches, migration, i, operation);
                if (!of.read()) {
                    warnings.add(migration.id() + ", operation " + (i + 1) + " (" + operation.describe()
                            + "), cannot be checked against the other branches: make sure by hand that it does not "
                            + "touch what they change");
                }
            }
        }
        return touches;
    }

    /** How an operation touches what it names. */
    private enum Kind {
        /** Needs it to exist (the columns of an index, the table a foreign key points at). */
        USES,
        /** Changes something in it (a table a column is added to or an index created on). */
        ALTERS,
        /** Changes one of its attributes (a column's type, nullability or default). */
        CHANGES,
        /** Creates, drops or renames it. */
        REPLACES
    }

    /**
     * @param key what is touched, for people: "table book", "column book.title", "index book_title_idx"
     * @param table the table it is in, or null for a sequence
     */
    private record Touch(String key, @Nullable String table, Kind kind, Migration migration, int index, Operation operation) {

        boolean isTable() {
            return key.startsWith("table ");
        }
    }

    /** Collects the touches of one operation. */
    private record Touches(List<Touch> into, Migration migration, int index, Operation operation)
            implements OperationVisitor<Boolean> {

        private void table(String table, Kind kind) {
            into.add(new Touch("table " + table, table, kind, migration, index, operation));
        }

        private void column(String table, String column, Kind kind) {
            into.add(new Touch("column " + table + "." + column, table, kind, migration, index, operation));
        }

        private void columns(String table, List<String> columns) {
            columns.forEach(c -> column(table, c, Kind.USES));
        }

        private void object(String what, String name, @Nullable String table) {
            if (table != null) {
                table(table, Kind.ALTERS);
            }
            into.add(new Touch(what + " " + name, table, Kind.REPLACES, migration, index, operation));
        }

        private void columnChange(String table, String column) {
            table(table, Kind.ALTERS);
            column(table, column, Kind.CHANGES);
        }

        /** False for what cannot be read: raw SQL and Java, which may touch anything. */
        boolean read() {
            return operation.accept(this);
        }

        @Override
        public Boolean visit(CreateTable op) {
            table(op.tableName(), Kind.REPLACES);
            return true;
        }

        @Override
        public Boolean visit(DropTable op) {
            table(op.tableName(), Kind.REPLACES);
            return true;
        }

        @Override
        public Boolean visit(RenameTable op) {
            table(op.oldTableName(), Kind.REPLACES);
            table(op.newTableName(), Kind.REPLACES);
            return true;
        }

        @Override
        public Boolean visit(AddColumn op) {
            table(op.tableName(), Kind.ALTERS);
            column(op.tableName(), op.column().name(), Kind.REPLACES);
            return true;
        }

        @Override
        public Boolean visit(DropColumn op) {
            table(op.tableName(), Kind.ALTERS);
            column(op.tableName(), op.columnName(), Kind.REPLACES);
            return true;
        }

        @Override
        public Boolean visit(RenameColumn op) {
            table(op.tableName(), Kind.ALTERS);
            column(op.tableName(), op.oldColumnName(), Kind.REPLACES);
            column(op.tableName(), op.newColumnName(), Kind.REPLACES);
            return true;
        }

        @Override
        public Boolean visit(ModifyDataType op) {
            columnChange(op.tableName(), op.columnName());
            return true;
        }

        @Override
        public Boolean visit(AddNotNullConstraint op) {
            columnChange(op.tableName(), op.columnName());
            return true;
        }

        @Override
        public Boolean visit(DropNotNullConstraint op) {
            columnChange(op.tableName(), op.columnName());
            return true;
        }

        @Override
        public Boolean visit(AddDefaultValue op) {
            columnChange(op.tableName(), op.columnName());
            return true;
        }

        @Override
        public Boolean visit(DropDefaultValue op) {
            columnChange(op.tableName(), op.columnName());
            return true;
        }

        @Override
        public Boolean visit(CreateIndex op) {
            object("index", op.index().name(), op.tableName());
            columns(op.tableName(), op.index().columnNames());
            return true;
        }

        @Override
        public Boolean visit(DropIndex op) {
            object("index", op.indexName(), op.tableName());
            return true;
        }

        @Override
        public Boolean visit(AddUniqueConstraint op) {
            object("unique constraint", op.constraint().name(), op.tableName());
            columns(op.tableName(), op.constraint().columns());
            return true;
        }

        @Override
        public Boolean visit(DropUniqueConstraint op) {
            object("unique constraint", op.constraintName(), op.tableName());
            return true;
        }

        @Override
        public Boolean visit(AddForeignKeyConstraint op) {
            object("foreign key", op.foreignKey().name(), op.tableName());
            columns(op.tableName(), op.foreignKey().columns());
            table(op.foreignKey().referencedTable(), Kind.USES);
            columns(op.foreignKey().referencedTable(), op.foreignKey().referencedColumns());
            return true;
        }

        @Override
        public Boolean visit(DropForeignKeyConstraint op) {
            object("foreign key", op.constraintName(), op.tableName());
            return true;
        }

        @Override
        public Boolean visit(AddCheckConstraint op) {
            object("check constraint", op.constraint().name(), op.tableName());
            return true;
        }

        @Override
        public Boolean visit(DropCheckConstraint op) {
            object("check constraint", op.constraintName(), op.tableName());
            return true;
        }

        @Override
        public Boolean visit(CreateSequence op) {
            object("sequence", op.sequence().name(), null);
            return true;
        }

        @Override
        public Boolean visit(DropSequence op) {
            object("sequence", op.sequenceName(), null);
            return true;
        }

        @Override
        public Boolean visit(SqlOperation op) {
            return false;
        }

        @Override
        public Boolean visit(JavaOperation op) {
            return false;
        }
    }
}
