package dev.migrate.operation;

import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Makes a column NOT NULL.
 *
 * @param defaultNullValue when given, rows where the column is null are set to it first
 */
public record AddNotNullConstraint(String tableName, String columnName, @Nullable DefaultValue defaultNullValue,
        boolean online)
        implements Operation {

    public AddNotNullConstraint {
        tableName = Identifiers.require(tableName, "table");
        columnName = Identifiers.require(columnName, "column");
    }

    /** The usual form, which takes the table's lock for as long as the change takes. */
    public AddNotNullConstraint(String tableName, String columnName, @Nullable DefaultValue defaultNullValue) {
        this(tableName, columnName, defaultNullValue, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.requireTable(tableName);
        return schema.withTable(table.withColumn(table.requireColumn(columnName).withNullable(false)));
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new DropNotNullConstraint(tableName, columnName)));
    }

    /**
     * Made NOT NULL again, or nullable again, the last one counts, unless this one fills nulls with a
     * value first (rows change then); the column or table dropped: only the drop.
     */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        if (defaultNullValue == null && (next instanceof AddNotNullConstraint n && n.tableName().equals(tableName)
                && n.columnName().equals(columnName) || next instanceof DropNotNullConstraint d
                        && d.tableName().equals(tableName) && d.columnName().equals(columnName))) {
            return Reductions.to(next);
        }
        return Reductions.dropped(tableName, columnName, next);
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
        return "Make " + tableName + "." + columnName + " not null"
                + (online ? ", online: through a validated check" : "");
    }
}
