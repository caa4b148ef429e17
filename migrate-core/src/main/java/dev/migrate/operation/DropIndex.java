package dev.migrate.operation;

import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.SchemaException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record DropIndex(String tableName, String indexName) implements Operation {

    public DropIndex {
        tableName = Identifiers.require(tableName, "table");
        indexName = Identifiers.require(indexName, "index");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        find(table.indexes());
        return schema.withTable(table.withoutIndex(indexName));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new CreateIndex(tableName, find(before.requireTable(tableName).indexes()))));
    }

    private Index find(List<Index> indexes) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst()
                .orElseThrow(() -> new SchemaException("Table " + tableName + " has no index " + indexName));
    }

    /** The table dropped afterwards: only the drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
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
        return "Drop index " + indexName + " from " + tableName;
    }
}
