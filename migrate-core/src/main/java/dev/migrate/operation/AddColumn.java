package dev.migrate.operation;

import dev.migrate.schema.Column;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Adds a column at the end of a table. A NOT NULL column added to a table that may have rows needs a
 * default value; the database fills existing rows with it.
 */
public record AddColumn(String tableName, Column column) implements Operation {

    public AddColumn {
        tableName = Identifiers.require(tableName, "table");
        if (column == null) {
            throw new IllegalArgumentException("addColumn on " + tableName + " has no column");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.requireTable(tableName).column(column.name()).isPresent()) {
            throw new SchemaException("Table " + tableName + " already has a column " + column.name());
        }
        return schema.withTable(schema.requireTable(tableName).withAddedColumn(column));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropColumn(tableName, column.name())));
    }

    /**
     * Dropped again, the column disappears; renamed or given another type, it is added that way. Made
     * NOT NULL or nullable, it is added that way only when it has a default (or is generated), which
     * fills the rows already there either way. A default added or dropped afterwards stays apart:
     * the default the column is added with is what fills those rows.
     */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof DropColumn d && d.tableName().equals(tableName) && d.columnName().equals(column.name())) {
            return Reductions.nothing();
        }
        if (next instanceof RenameColumn r && r.tableName().equals(tableName)
                && r.oldColumnName().equals(column.name())) {
            return Reductions.to(new AddColumn(tableName, column.withName(r.newColumnName())));
        }
        if (next instanceof ModifyDataType m && m.tableName().equals(tableName)
                && m.columnName().equals(column.name())) {
            return Reductions.to(new AddColumn(tableName, column.withType(m.newDataType())));
        }
        boolean filled = column.defaultValue() != null || column.autoIncrement();
        if (filled && next instanceof AddNotNullConstraint n && n.tableName().equals(tableName)
                && n.columnName().equals(column.name())) {
            return Reductions.to(new AddColumn(tableName, column.withNullable(false)));
        }
        if (filled && next instanceof DropNotNullConstraint n && n.tableName().equals(tableName)
                && n.columnName().equals(column.name())) {
            return Reductions.to(new AddColumn(tableName, column.withNullable(true)));
        }
        return Reductions.droppedTable(tableName, next);
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
        return "Add column " + column.name() + " to " + tableName;
    }
}
