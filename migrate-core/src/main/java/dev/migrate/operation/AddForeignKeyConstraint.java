package dev.migrate.operation;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record AddForeignKeyConstraint(String tableName, ForeignKey foreignKey, boolean online) implements Operation {

    public AddForeignKeyConstraint {
        tableName = Identifiers.require(tableName, "table");
        if (foreignKey == null) {
            throw new IllegalArgumentException("addForeignKeyConstraint on " + tableName + " has no foreign key");
        }
    }

    /** The usual form, which takes the table's lock for as long as the change takes. */
    public AddForeignKeyConstraint(String tableName, ForeignKey foreignKey) {
        this(tableName, foreignKey, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table referenced = schema.table(foreignKey.referencedTable()).orElse(null);
        if (referenced == null) {
            throw new SchemaException("Foreign key " + Identifiers.printable(foreignKey.name()) + " references table "
                    + Identifiers.printable(foreignKey.referencedTable()) + ", which does not exist");
        }
        for (String column : foreignKey.referencedColumns()) {
            referenced.requireColumn(column);
        }
        schema.requireFreeConstraintName(foreignKey.name(), tableName, "foreign key "
                + Identifiers.printable(foreignKey.name()) + " on " + Identifiers.printable(tableName));
        return schema.withTable(schema.requireTable(tableName).withForeignKey(foreignKey));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropForeignKeyConstraint(tableName, foreignKey.name())));
    }

    /** Dropped again: neither is left; its table dropped: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof DropForeignKeyConstraint d && d.tableName().equals(tableName)
                && d.constraintName().equals(foreignKey.name())) {
            return Reductions.nothing();
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
        return "Add foreign key " + foreignKey.name() + " on " + tableName + " (" + String.join(", ", foreignKey.columns())
                + ") referencing " + foreignKey.referencedTable()
                + (online ? ", online: NOT VALID, then validated" : "");
    }
}
