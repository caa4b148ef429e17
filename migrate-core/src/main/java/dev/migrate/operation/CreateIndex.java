package dev.migrate.operation;

import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record CreateIndex(String tableName, Index index, boolean online) implements Operation {

    public CreateIndex {
        tableName = Identifiers.require(tableName, "table");
        if (index == null) {
            throw new IllegalArgumentException("createIndex on " + tableName + " has no index");
        }
    }

    /** The usual form, which takes the table's lock for as long as the change takes. */
    public CreateIndex(String tableName, Index index) {
        this(tableName, index, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        schema.requireFreeConstraintName(index.name(), tableName, "index " + Identifiers.printable(index.name())
                + " on " + Identifiers.printable(tableName));
        return schema.withTable(schema.requireTable(tableName).withIndex(index));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropIndex(tableName, index.name())));
    }

    /** Dropped again: neither is left; the table dropped: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof DropIndex d && d.tableName().equals(tableName) && d.indexName().equals(index.name())) {
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
        return "Create " + (index.unique() ? "unique index " : "index ") + index.name() + " on " + tableName + " ("
                + String.join(", ", index.columnNames()) + ")"
                + (online ? ", online: concurrently, outside the migration's transaction" : "");
    }
}
