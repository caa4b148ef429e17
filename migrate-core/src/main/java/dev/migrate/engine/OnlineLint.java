package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
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
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The online-safety lint: for each operation on a table that existed before its migration (a table
 * the same migration creates is empty, and nothing else uses it yet), what it risks on a busy
 * database and the safe alternative. The rules follow squawk's and strong_migrations' checks for
 * PostgreSQL, and say what applies to MariaDB (an instant or in-place ALTER TABLE against one that
 * copies the table). Each kind of operation is a case of the visitor, so a new operation must say
 * whether it is safe.
 */
public final class OnlineLint {

    /** PostgreSQL, MariaDB, or both. */
    public enum Database {
        POSTGRESQL("PostgreSQL"), MARIADB("MariaDB"), ALL("PostgreSQL and MariaDB");

        private final String label;

        Database(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One risk of one operation.
     *
     * @param migration the migration's id
     * @param operation the operation's number in its migration, from 1
     * @param description the operation, as {@link Operation#describe()} says it
     * @param rule a short name of the rule, such as {@code create-index-blocks-writes}
     * @param risk the risk, in one line
     * @param alternative the safe way, in one line
     */
    public record Finding(String migration, int operation, String description, Database database, String rule,
            String risk, String alternative) {

        /** For the console and the CI log: the migration, the operation, the risk and the alternative. */
        public String line() {
            return migration + ", operation " + operation + " (" + description + "): " + risk + " [" + database
                    + ", " + rule + "]\n      Safe: " + alternative;
        }

        /** For a comment above the operation's element in a file (no "--", which XML comments cannot hold). */
        public String comment() {
            return ("Online: " + risk + " (" + database + "). Safe: " + alternative).replace("--", "- -");
        }
    }

    private OnlineLint() {
    }

    /**
     * Lints the selected migrations (all when {@code selected} is null), each operation against the
     * schema just before it: every migration is replayed in order.
     */
    public static List<Finding> check(List<Migration> ordered, @Nullable Set<String> selected) {
        List<Finding> findings = new ArrayList<>();
        Schema schema = Schema.empty();
        for (Migration migration : ordered) {
            if (selected != null && !selected.contains(migration.id())) {
                schema = SchemaReplay.apply(schema, migration);
                continue;
            }
            findings.addAll(check(migration.id(), migration.operations(), schema));
            schema = SchemaReplay.apply(schema, migration);
        }
        return findings;
    }

    /** Lints one migration's operations, applied to {@code before} (the schema its predecessors describe). */
    public static List<Finding> check(String id, List<Operation> operations, Schema before) {
        List<Finding> findings = new ArrayList<>();
        Schema schema = before;
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            Rules rules = new Rules(id, i + 1, operation.describe(), before, schema);
            operation.accept(rules);
            findings.addAll(rules.findings);
            schema = operation.applyTo(schema);
        }
        return findings;
    }

    /** Whether a finding concerns the target database ({@link Database#ALL}: every finding). */
    public static boolean concerns(Finding finding, Database target) {
        return target == Database.ALL || finding.database() == Database.ALL || finding.database() == target;
    }

    /** The findings for a database: PostgreSQL's or MariaDB's; for H2 (development) or an unknown one, both. */
    public static Database target(Dialect dialect) {
        return switch (dialect.name()) {
            case "postgresql" -> Database.POSTGRESQL;
            case "mariadb" -> Database.MARIADB;
            default -> Database.ALL;
        };
    }

    /** The online form of an operation that has one (and is not online yet); otherwise the operation itself. */
    public static Operation online(Operation operation) {
        if (operation instanceof CreateIndex o && !o.online()) {
            return new CreateIndex(o.tableName(), o.index(), true);
        }
        if (operation instanceof AddUniqueConstraint o && !o.online()) {
            return new AddUniqueConstraint(o.tableName(), o.constraint(), true);
        }
        if (operation instanceof AddForeignKeyConstraint o && !o.online()) {
            return new AddForeignKeyConstraint(o.tableName(), o.foreignKey(), true);
        }
        if (operation instanceof AddCheckConstraint o && !o.online()) {
            return new AddCheckConstraint(o.tableName(), o.constraint(), true);
        }
        if (operation instanceof AddNotNullConstraint o && !o.online()) {
            return new AddNotNullConstraint(o.tableName(), o.columnName(), o.defaultNullValue(), true);
        }
        return operation;
    }

    /**
     * Computed defaults PostgreSQL evaluates once for the whole ALTER TABLE (stable, not volatile), so
     * that adding a column with one does not rewrite the table; anything else computed may be volatile.
     */
    private static final Pattern STABLE_DEFAULT = Pattern.compile("(current_timestamp|current_date|current_time"
            + "|localtimestamp|localtime|current_user|session_user)(\\s*\\(\\s*\\d*\\s*\\))?"
            + "|(now|transaction_timestamp|statement_timestamp)\\s*\\(\\s*\\)");

    /** The rules, one case per kind of operation. */
    private static final class Rules implements OperationVisitor<Void> {

        private final String id;
        private final int number;
        private final String description;
        /** The schema before the migration: what "an existing table" means. */
        private final Schema existing;
        /** The schema just before the operation. */
        private final Schema current;
        private final List<Finding> findings = new ArrayList<>();

        Rules(String id, int number, String description, Schema existing, Schema current) {
            this.id = id;
            this.number = number;
            this.description = description;
            this.existing = existing;
            this.current = current;
        }

        private boolean existed(String table) {
            return existing.table(table).isPresent() && current.table(table).isPresent();
        }

        private void add(Database database, String rule, String risk, String alternative) {
            findings.add(new Finding(id, number, description, database, rule, risk, alternative));
        }

        @Override
        public Void visit(CreateTable o) {
            return null;
        }

        @Override
        public Void visit(DropTable o) {
            if (existed(o.tableName())) {
                add(Database.ALL, "drop-table", "drops table " + o.tableName() + " and its rows; application code"
                        + " still using it fails", "deploy code that no longer uses the table first, and keep a"
                        + " backup; drop it in a later release");
            }
            return null;
        }

        @Override
        public Void visit(RenameTable o) {
            if (existed(o.oldTableName())) {
                add(Database.ALL, "rename-table", "application code still using the name " + o.oldTableName()
                        + " fails from the moment it runs until the new code is deployed", "create the new table,"
                        + " write to both, backfill, switch the code, then drop the old one (expand and contract);"
                        + " or accept the failures during the deploy");
            }
            return null;
        }

        @Override
        public Void visit(AddColumn o) {
            if (!existed(o.tableName())) {
                return null;
            }
            Column column = o.column();
            if (column.autoIncrement()) {
                add(Database.ALL, "add-identity-column", "an identity column fills every existing row: the table is"
                        + " rewritten under an exclusive lock (ACCESS EXCLUSIVE on PostgreSQL, a table copy on"
                        + " MariaDB)", "add a nullable column, fill it in batches from a sequence, then make it"
                        + " NOT NULL online");
            } else if (!column.nullable() && column.defaultValue() == null) {
                add(Database.ALL, "add-required-column", "a NOT NULL column without a default fails on a table with"
                        + " rows, and old application code that does not set it fails to insert", "add it nullable"
                        + " (or with a default), fill it, then add the NOT NULL constraint online=\"true\"");
            }
            if (volatileDefault(column.defaultValue())) {
                add(Database.POSTGRESQL, "add-column-volatile-default", "the default "
                        + Objects.requireNonNull(column.defaultValue()).value() + " may be volatile: PostgreSQL then rewrites the table under"
                        + " ACCESS EXCLUSIVE to give each row its own value", "add the column without a default, then"
                        + " set the default in a second change (new rows), and fill the existing rows in batches");
            }
            return null;
        }

        @Override
        public Void visit(DropColumn o) {
            if (existed(o.tableName())) {
                add(Database.ALL, "drop-column", "drops " + o.tableName() + "." + o.columnName() + " and its data;"
                        + " application code still reading or writing it fails (Hibernate names every mapped column"
                        + " in its statements)", "deploy code that no longer maps the column first (remove the field),"
                        + " then drop it in a later release");
            }
            return null;
        }

        @Override
        public Void visit(RenameColumn o) {
            if (existed(o.tableName())) {
                add(Database.ALL, "rename-column", "application code still using " + o.tableName() + "."
                        + o.oldColumnName() + " fails from the moment it runs until the new code is deployed",
                        "add the new column, write to both, backfill, switch the code, then drop the old one"
                                + " (expand and contract)");
            }
            return null;
        }

        @Override
        public Void visit(ModifyDataType o) {
            if (!existed(o.tableName())) {
                return null;
            }
            ColumnType before = current.requireTable(o.tableName()).requireColumn(o.columnName()).type();
            ColumnType after = o.newDataType();
            if (!inPlaceOnPostgres(before, after)) {
                add(Database.POSTGRESQL, "change-column-type", "changing " + o.tableName() + "." + o.columnName()
                        + " from " + before + " to " + after + " rewrites the table (and its indexes) under ACCESS"
                        + " EXCLUSIVE: no reads or writes meanwhile", "add a column of the new type, write to both,"
                        + " backfill in batches, switch the code, drop the old column");
            }
            if (!inPlaceOnMariaDb(before, after)) {
                add(Database.MARIADB, "change-column-type", "changing " + o.tableName() + "." + o.columnName()
                        + " from " + before + " to " + after + " copies the table (ALGORITHM=COPY): writes wait"
                        + " until it is done", "add a column of the new type, backfill, switch the code, drop the"
                        + " old column; or an online schema change tool");
            }
            return null;
        }

        @Override
        public Void visit(AddNotNullConstraint o) {
            if (!existed(o.tableName())) {
                return null;
            }
            if (!o.online()) {
                add(Database.POSTGRESQL, "set-not-null", "SET NOT NULL scans the whole table under ACCESS EXCLUSIVE:"
                        + " no reads or writes meanwhile", "online=\"true\": a check (column is not null) added NOT"
                        + " VALID and validated without blocking writes, then SET NOT NULL skips the scan (PostgreSQL"
                        + " 12 and later)");
            }
            add(Database.MARIADB, "set-not-null", "making a column NOT NULL rebuilds the table", "run it at a quiet"
                    + " time, or with an online schema change tool");
            if (o.defaultNullValue() != null) {
                add(Database.ALL, "backfill-in-one-statement", "the rows where " + o.columnName() + " is null are"
                        + " updated in one statement, locking them all until it commits", "fill them in batches (a"
                        + " <java> data migration, or sql) before this change");
            }
            return null;
        }

        @Override
        public Void visit(DropNotNullConstraint o) {
            return null;
        }

        @Override
        public Void visit(AddDefaultValue o) {
            return null;
        }

        @Override
        public Void visit(DropDefaultValue o) {
            return null;
        }

        @Override
        public Void visit(CreateIndex o) {
            if (existed(o.tableName()) && !o.online()) {
                add(Database.POSTGRESQL, "create-index-blocks-writes", "create index takes a SHARE lock on "
                        + o.tableName() + ": writes wait while the whole index is built", "online=\"true\": create"
                        + " index concurrently, outside the migration's transaction");
            }
            return null;
        }

        @Override
        public Void visit(DropIndex o) {
            return null;
        }

        @Override
        public Void visit(AddUniqueConstraint o) {
            if (existed(o.tableName()) && !o.online()) {
                add(Database.POSTGRESQL, "unique-constraint-blocks-writes", "adding a unique constraint builds its"
                        + " index under ACCESS EXCLUSIVE on " + o.tableName() + ": no reads or writes meanwhile",
                        "online=\"true\": the unique index built concurrently, then attached with add constraint ..."
                                + " unique using index");
            }
            return null;
        }

        @Override
        public Void visit(DropUniqueConstraint o) {
            return null;
        }

        @Override
        public Void visit(AddForeignKeyConstraint o) {
            if (!existed(o.tableName())) {
                return null;
            }
            if (!o.online()) {
                add(Database.POSTGRESQL, "foreign-key-validates-under-lock", "adding a foreign key checks every row"
                        + " of " + o.tableName() + " under SHARE ROW EXCLUSIVE (on it and on "
                        + o.foreignKey().referencedTable() + "): writes wait meanwhile", "online=\"true\": added NOT"
                        + " VALID, then validated in its own transaction under SHARE UPDATE EXCLUSIVE");
            }
            add(Database.MARIADB, "foreign-key-copies-table", "with foreign_key_checks on, adding a foreign key copies"
                    + " the table (ALGORITHM=COPY): writes wait until it is done", "run it at a quiet time, or with"
                    + " an online schema change tool");
            return null;
        }

        @Override
        public Void visit(DropForeignKeyConstraint o) {
            return null;
        }

        @Override
        public Void visit(AddCheckConstraint o) {
            if (!existed(o.tableName())) {
                return null;
            }
            if (!o.online()) {
                add(Database.POSTGRESQL, "check-validates-under-lock", "adding a check constraint checks every row"
                        + " of " + o.tableName() + " under ACCESS EXCLUSIVE: no reads or writes meanwhile",
                        "online=\"true\": added NOT VALID, then validated in its own transaction under SHARE UPDATE"
                                + " EXCLUSIVE");
            }
            add(Database.MARIADB, "check-copies-table", "adding a check constraint copies the table: writes wait"
                    + " until it is done", "run it at a quiet time, or with an online schema change tool");
            return null;
        }

        @Override
        public Void visit(DropCheckConstraint o) {
            return null;
        }

        @Override
        public Void visit(CreateSequence o) {
            return null;
        }

        @Override
        public Void visit(DropSequence o) {
            return null;
        }

        @Override
        public Void visit(SqlOperation o) {
            return null;
        }

        @Override
        public Void visit(JavaOperation o) {
            return null;
        }
    }

    private static boolean volatileDefault(@Nullable DefaultValue value) {
        return value != null && value.kind() == DefaultValue.Kind.COMPUTED
                && !STABLE_DEFAULT.matcher(value.value().trim().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * PostgreSQL changes a column's type without a rewrite only when the stored form stays: a varchar
     * made longer or unbounded (text), numeric's precision raised with the same scale, or the same type.
     */
    static boolean inPlaceOnPostgres(ColumnType before, ColumnType after) {
        if (before.type() == DataType.ENUM || after.type() == DataType.ENUM) {
            // varchar with a check: the check comes back with the new values, scanning under ACCESS EXCLUSIVE
            return before.normalized().equals(after.normalized());
        }
        Dialect postgres = Dialect.postgresql();
        String from = postgres.columnType(before);
        String to = postgres.columnType(after);
        if (from.equals(to)) {
            return true;
        }
        if (before.type() == DataType.VARCHAR && (to.equals("text")
                || after.type() == DataType.VARCHAR && after.size() != null && before.size() != null
                        && after.size() >= before.size())) {
            return true;
        }
        return before.type() == DataType.DECIMAL && after.type() == DataType.DECIMAL && before.size() != null
                && after.size() != null && after.size() >= before.size()
                && java.util.Objects.equals(before.scale(), after.scale());
    }

    /**
     * MariaDB widens a varchar in place while its length prefix keeps its size (both at most 255 bytes,
     * or both more; utf8mb4 takes up to 4 bytes a character); an enum gains values at its end in place.
     */
    static boolean inPlaceOnMariaDb(ColumnType before, ColumnType after) {
        if (before.normalized().equals(after.normalized())) {
            return true;
        }
        if (before.type() == DataType.VARCHAR && after.type() == DataType.VARCHAR && before.size() != null
                && after.size() != null && after.size() >= before.size()) {
            return (before.size() * 4 <= 255) == (after.size() * 4 <= 255);
        }
        return before.type() == DataType.ENUM && after.type() == DataType.ENUM
                && after.values().size() >= before.values().size()
                && after.values().subList(0, before.values().size()).equals(before.values());
    }
}
