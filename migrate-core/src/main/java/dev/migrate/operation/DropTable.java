package dev.migrate.operation;

import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public record DropTable(String tableName) implements Operation {

    public DropTable {
        tableName = Identifiers.require(tableName, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        schema.requireTable(tableName);
        List<String> references = schema.foreignKeysReferencing(tableName, tableName);
        if (!references.isEmpty()) {
            throw new SchemaException("Cannot drop table " + tableName + ": foreign keys " + references
                    + " reference it; drop them first");
        }
        return schema.withoutTable(tableName);
    }

    /** Creates the table again with everything it had: columns, key, constraints, indexes and foreign keys. */
    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        Table table = before.requireTable(tableName);
        List<Operation> recreate = new ArrayList<>();
        recreate.add(new CreateTable(tableName, table.columns(), table.primaryKey()));
        table.uniqueConstraints().forEach(u -> recreate.add(new AddUniqueConstraint(tableName, u)));
        table.indexes().forEach(i -> recreate.add(new CreateIndex(tableName, i)));
        table.foreignKeys().forEach(f -> recreate.add(new AddForeignKeyConstraint(tableName, f)));
        return Optional.of(recreate);
    }

    /** A dropped table is gone: nothing that follows reduces with its drop. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        return Reductions.NONE;
    }

    @Override
    public <R extends @Nullable Object> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        return "Drop table " + tableName;
    }

    @Override
    public boolean isDestructive() {
        return true;
    }
}
