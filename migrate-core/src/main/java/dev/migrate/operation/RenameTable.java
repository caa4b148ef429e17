package dev.migrate.operation;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Renames a table; foreign keys that point at it follow, as they do in the database. */
public record RenameTable(String oldTableName, String newTableName) implements Operation {

    public RenameTable {
        oldTableName = Identifiers.require(oldTableName, "table");
        newTableName = Identifiers.require(newTableName, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.table(newTableName).isPresent()) {
            throw new SchemaException("Cannot rename table " + oldTableName + " to " + newTableName
                    + ": that table exists");
        }
        Schema renamed = schema.withoutTable(oldTableName)
                .withTable(schema.requireTable(oldTableName).withName(newTableName));
        return renamed.withEveryTable(table -> table.withForeignKeys(table.foreignKeys().stream()
                .map(f -> f.referencedTable().equals(oldTableName)
                        ? new ForeignKey(f.name(), f.columns(), newTableName, f.referencedColumns(), f.onDelete())
                        : f)
                .toList()));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new RenameTable(newTableName, oldTableName)));
    }

    /** Renamed again, one rename (none when back to the old name); dropped, the old name is dropped. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof RenameTable r && r.oldTableName().equals(newTableName)) {
            return r.newTableName().equals(oldTableName) ? Reductions.nothing()
                    : Reductions.to(new RenameTable(oldTableName, r.newTableName()));
        }
        if (next instanceof DropTable d && d.tableName().equals(newTableName)) {
            return Reductions.to(new DropTable(oldTableName));
        }
        return Reductions.NONE;
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
        return "Rename table " + oldTableName + " to " + newTableName;
    }
}
