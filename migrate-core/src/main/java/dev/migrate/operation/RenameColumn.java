package dev.migrate.operation;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Renames a column; the table's own constraints and other tables' foreign keys follow it. */
public record RenameColumn(String tableName, String oldColumnName, String newColumnName) implements Operation {

    public RenameColumn {
        tableName = Identifiers.require(tableName, "table");
        oldColumnName = Identifiers.require(oldColumnName, "column");
        newColumnName = Identifiers.require(newColumnName, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        table.requireColumn(oldColumnName);
        if (table.column(newColumnName).isPresent()) {
            throw new SchemaException("Cannot rename column " + tableName + "." + oldColumnName + " to "
                    + newColumnName + ": that column exists");
        }
        return schema.withTable(table.withColumnRenamed(oldColumnName, newColumnName))
                .withEveryTable(other -> other.withForeignKeys(other.foreignKeys().stream()
                        .map(f -> f.referencedTable().equals(tableName)
                                ? new ForeignKey(f.name(), f.columns(), f.referencedTable(),
                                        f.referencedColumns().stream()
                                                .map(c -> c.equals(oldColumnName) ? newColumnName : c).toList(),
                                        f.onDelete())
                                : f)
                        .toList()));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new RenameColumn(tableName, newColumnName, oldColumnName)));
    }

    /** Renamed again, one rename (none when back to the old name); dropped, the old name is dropped. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (next instanceof RenameColumn r && r.tableName().equals(tableName)
                && r.oldColumnName().equals(newColumnName)) {
            return r.newColumnName().equals(oldColumnName) ? Reductions.nothing()
                    : Reductions.to(new RenameColumn(tableName, oldColumnName, r.newColumnName()));
        }
        if (next instanceof DropColumn d && d.tableName().equals(tableName) && d.columnName().equals(newColumnName)) {
            return Reductions.to(new DropColumn(tableName, oldColumnName));
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
        return "Rename column " + oldColumnName + " of " + tableName + " to " + newColumnName;
    }
}
