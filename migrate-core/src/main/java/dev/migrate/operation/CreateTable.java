package dev.migrate.operation;

import dev.migrate.schema.Column;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Creates a table with its columns and primary key; constraints and indexes come as operations of their own. */
public record CreateTable(String tableName, List<Column> columns, List<String> primaryKey) implements Operation {

    public CreateTable {
        tableName = Identifiers.require(tableName, "table");
        columns = List.copyOf(columns);
        primaryKey = primaryKey == null ? List.of() : requiredNames(primaryKey);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + tableName + " has no columns");
        }
        for (int i = 0; i < primaryKey.size(); i++) {
            String key = primaryKey.get(i);
            if (primaryKey.indexOf(key) != i) {
                throw new IllegalArgumentException("the primary key of table " + Identifiers.printable(tableName)
                        + " names the column " + Identifiers.printable(key) + " twice");
            }
            Column column = column(columns, key);
            if (column == null) {
                throw new IllegalArgumentException("table " + Identifiers.printable(tableName) + " has no column "
                        + Identifiers.printable(key) + " for its primary key");
            }
            if (column.nullable()) {
                throw new IllegalArgumentException("primary key column " + tableName + "." + key + " must be not null");
            }
        }
    }

    /** Loops rather than streams in the constructor: every file makes its tables at every start, mostly uncompiled. */
    private static List<String> requiredNames(List<String> names) {
        List<String> required = new ArrayList<>(names.size());
        for (String name : names) {
            required.add(Identifiers.require(name, "column"));
        }
        return List.copyOf(required);
    }

    private static @Nullable Column column(List<Column> columns, String name) {
        for (Column column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.table(tableName).isPresent()) {
            throw new SchemaException("Table " + tableName + " already exists");
        }
        return schema.withTable(Table.of(tableName, columns, primaryKey));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropTable(tableName)));
    }

    /**
     * A table created and then changed before anything else uses it has no rows yet: the change goes
     * into the {@code createTable} (a column added, dropped, renamed or altered; the table renamed),
     * and a table created and dropped disappears.
     */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof DropTable d) {
            return d.tableName().equals(tableName) ? Reductions.nothing() : Reductions.NONE;
        }
        if (next instanceof RenameTable r) {
            return r.oldTableName().equals(tableName)
                    ? Reductions.to(new CreateTable(r.newTableName(), columns, primaryKey)) : Reductions.NONE;
        }
        if (next instanceof AddColumn a && a.tableName().equals(tableName) && find(a.column().name()) == null) {
            List<Column> added = new java.util.ArrayList<>(columns);
            added.add(a.column());
            return Reductions.to(new CreateTable(tableName, added, primaryKey));
        }
        if (next instanceof DropColumn d && d.tableName().equals(tableName) && find(d.columnName()) != null
                && !primaryKey.contains(d.columnName()) && columns.size() > 1) {
            return Reductions.to(new CreateTable(tableName,
                    columns.stream().filter(c -> !c.name().equals(d.columnName())).toList(), primaryKey));
        }
        if (next instanceof RenameColumn r && r.tableName().equals(tableName) && find(r.oldColumnName()) != null
                && find(r.newColumnName()) == null) {
            return Reductions.to(new CreateTable(tableName,
                    columns.stream().map(c -> c.name().equals(r.oldColumnName()) ? c.withName(r.newColumnName()) : c)
                            .toList(),
                    primaryKey.stream().map(k -> k.equals(r.oldColumnName()) ? r.newColumnName() : k).toList()));
        }
        if (next instanceof ModifyDataType m && m.tableName().equals(tableName)) {
            return altered(m.columnName(), c -> c.withType(m.newDataType()));
        }
        if (next instanceof AddNotNullConstraint n && n.tableName().equals(tableName)) {
            return altered(n.columnName(), c -> c.withNullable(false));
        }
        if (next instanceof DropNotNullConstraint n && n.tableName().equals(tableName)
                && !primaryKey.contains(n.columnName())) {
            return altered(n.columnName(), c -> c.withNullable(true));
        }
        if (next instanceof AddDefaultValue d && d.tableName().equals(tableName)) {
            Column column = find(d.columnName());
            return column == null || column.autoIncrement() ? Reductions.NONE
                    : altered(d.columnName(), c -> c.withDefaultValue(d.defaultValue()));
        }
        if (next instanceof DropDefaultValue d && d.tableName().equals(tableName)) {
            return altered(d.columnName(), c -> c.withDefaultValue(null));
        }
        return Reductions.NONE;
    }

    private @Nullable Column find(String name) {
        return column(columns, name);
    }

    private Optional<List<Operation>> altered(String name, java.util.function.UnaryOperator<Column> change) {
        if (find(name) == null) {
            return Reductions.NONE;
        }
        return Reductions.to(new CreateTable(tableName,
                columns.stream().map(c -> c.name().equals(name) ? change.apply(c) : c).toList(), primaryKey));
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public <R extends @Nullable Object> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "Create table " + tableName;
    }
}
