package dev.migrate.operation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link Optimizer} needs to know of an operation to decide which others it may meet: a
 * case for every kind of operation ({@link OperationVisitor}), so a new kind states its own.
 *
 * @param keys the names it touches or refers to (tables, index and constraint names, which the
 *        databases keep unique across tables, sequences); two operations sharing none do not depend
 *        on each other, but for the drops of foreign keys, tables and columns handled apart. Null for
 *        operations nothing may cross: raw SQL and Java
 * @param dropsForeignKeys whether it drops foreign keys (a foreign key's drop, a table's drop)
 * @param waitsForForeignKeyDrops whether an earlier drop of a foreign key may be what lets it go (a
 *        table's or a column's drop), so that it depends on every such drop
 * @param table the table of a change to one column, or of an operation such a change may pass; null
 *        for others
 * @param changes the columns a change to one column involves (its type, default or nullability, its
 *        drop, its rename: both names), which may pass an earlier operation on others of
 *        {@code table}; null for other operations
 * @param uses the columns of {@code table} an operation uses that a change to another column may
 *        pass without changing the schema or the rows; null when nothing may pass it
 */
record Footprint(@Nullable List<String> keys, boolean dropsForeignKeys, boolean waitsForForeignKeyDrops,
        @Nullable String table, @Nullable List<String> changes, @Nullable List<String> uses) {

    static Footprint of(Operation operation) {
        return operation.accept(FOOTPRINTS);
    }

    /**
     * Whether the change to one column {@code later} may move before {@code earlier}, an operation on
     * the same table that does not involve that column: their order does not matter to the schema or
     * the rows.
     */
    boolean mayPass(Footprint earlier) {
        if (changes == null || earlier.uses == null || !Objects.equals(earlier.table, table)) {
            return false;
        }
        return changes.stream().noneMatch(earlier.uses::contains);
    }

    private static Footprint touching(String... keys) {
        return new Footprint(List.of(keys), false, false, null, null, null);
    }

    /** A change to one column's type, default or nullability. */
    private static Footprint columnChange(String tableName, String column) {
        List<String> columns = List.of(column);
        return new Footprint(List.of(table(tableName)), false, false, tableName, columns, columns);
    }

    /** An index or constraint on a table that a change to other columns may pass. */
    private static Footprint passable(String tableName, String name, @Nullable List<String> columns) {
        return new Footprint(List.of(table(tableName), name(name)), false, false, tableName, null, columns);
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

    private static final OperationVisitor<Footprint> FOOTPRINTS = new OperationVisitor<>() {

        @Override
        public Footprint visit(CreateTable o) {
            return touching(table(o.tableName()));
        }

        @Override
        public Footprint visit(DropTable o) {
            return new Footprint(List.of(table(o.tableName())), true, true, null, null, null);
        }

        @Override
        public Footprint visit(RenameTable o) {
            return touching(table(o.oldTableName()), table(o.newTableName()));
        }

        @Override
        public Footprint visit(AddColumn o) {
            return touching(table(o.tableName()));
        }

        @Override
        public Footprint visit(DropColumn o) {
            return new Footprint(List.of(table(o.tableName())), false, true, o.tableName(),
                    List.of(o.columnName()), null);
        }

        @Override
        public Footprint visit(RenameColumn o) {
            return new Footprint(List.of(table(o.tableName())), false, false, o.tableName(),
                    List.of(o.oldColumnName(), o.newColumnName()), null);
        }

        @Override
        public Footprint visit(ModifyDataType o) {
            return columnChange(o.tableName(), o.columnName());
        }

        @Override
        public Footprint visit(AddNotNullConstraint o) {
            return columnChange(o.tableName(), o.columnName());
        }

        @Override
        public Footprint visit(DropNotNullConstraint o) {
            return columnChange(o.tableName(), o.columnName());
        }

        @Override
        public Footprint visit(AddDefaultValue o) {
            return columnChange(o.tableName(), o.columnName());
        }

        @Override
        public Footprint visit(DropDefaultValue o) {
            return columnChange(o.tableName(), o.columnName());
        }

        @Override
        public Footprint visit(CreateIndex o) {
            return passable(o.tableName(), o.index().name(), o.index().columnNames());
        }

        @Override
        public Footprint visit(DropIndex o) {
            return touching(table(o.tableName()), name(o.indexName()));
        }

        @Override
        public Footprint visit(AddUniqueConstraint o) {
            return passable(o.tableName(), o.constraint().name(), o.constraint().columns());
        }

        @Override
        public Footprint visit(DropUniqueConstraint o) {
            return touching(table(o.tableName()), name(o.constraintName()));
        }

        /** A foreign key to its own table may not be passed: a change to another column may be one it refers to. */
        @Override
        public Footprint visit(AddForeignKeyConstraint o) {
            String own = table(o.tableName());
            String referenced = table(o.foreignKey().referencedTable());
            List<String> keys = own.equals(referenced) ? List.of(own, name(o.foreignKey().name()))
                    : List.of(own, referenced, name(o.foreignKey().name()));
            boolean passable = !o.foreignKey().referencedTable().equals(o.tableName());
            return new Footprint(keys, false, false, o.tableName(), null, passable ? o.foreignKey().columns() : null);
        }

        @Override
        public Footprint visit(DropForeignKeyConstraint o) {
            return new Footprint(List.of(table(o.tableName()), name(o.constraintName())), true, false, null, null,
                    null);
        }

        @Override
        public Footprint visit(AddCheckConstraint o) {
            return touching(table(o.tableName()));
        }

        @Override
        public Footprint visit(DropCheckConstraint o) {
            return touching(table(o.tableName()));
        }

        @Override
        public Footprint visit(CreateSequence o) {
            return touching(sequence(o.sequence().name()));
        }

        @Override
        public Footprint visit(DropSequence o) {
            return touching(sequence(o.sequenceName()));
        }

        @Override
        public Footprint visit(SqlOperation o) {
            return new Footprint(null, false, false, null, null, null);
        }

        @Override
        public Footprint visit(JavaOperation o) {
            return new Footprint(null, false, false, null, null, null);
        }
    };
}
