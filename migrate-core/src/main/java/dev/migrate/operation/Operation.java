package dev.migrate.operation;

import dev.migrate.schema.Schema;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One change to a schema. Every operation carries its own behaviour, as Django's operations do: it
 * applies itself to a schema (the state forwards), gives the operations that undo it, describes
 * itself in one line for people, says how it reduces with a following operation and whether it loses
 * data, none of it by default. What other packages do with it (the SQL of a dialect, the XML of the
 * writer, the name of a migration) goes through {@link #accept} and an {@link OperationVisitor},
 * which has a case for every kind of operation: a new kind fails to compile until each of them
 * handles it. There is no run-time "unknown operation".
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn,
        ModifyDataType, AddNotNullConstraint, DropNotNullConstraint, AddDefaultValue, DropDefaultValue, CreateIndex,
        DropIndex, AddUniqueConstraint, DropUniqueConstraint, AddForeignKeyConstraint, DropForeignKeyConstraint,
        AddCheckConstraint, DropCheckConstraint,
        CreateSequence, DropSequence, SqlOperation, JavaOperation {

    /** The schema after this change; throws {@link dev.migrate.schema.SchemaException} if it does not fit. */
    Schema applyTo(Schema schema);

    /**
     * The operations that undo this one, in order, given the schema it was applied to; empty when it
     * cannot be undone (raw SQL without a rollback). A {@link JavaOperation}'s reverse runs its
     * class backward; whether the class can is the engine's check.
     */
    Optional<List<Operation>> reverse(Schema before);

    /** One line for people, such as "Add column published_date to book". */
    String describe();

    /**
     * This operation followed by {@code next} as at most one operation with the same effect (as
     * Django's {@code reduce}): empty when they do not reduce, else the list (of none or one
     * operation) that replaces both, at this operation's place. The {@link Optimizer} asks only when
     * nothing between the two touches or references what {@code next} touches, and never across raw
     * SQL or Java. A rule may only merge what has the same effect on the schema and on the rows: a default
     * given to a column added to a table that may have rows fills those rows, so it is not folded
     * into the {@code addColumn}.
     */
    Optional<List<Operation>> reduce(Operation next);

    /** The visitor's case for this kind of operation, given this operation. */
    <R extends @Nullable Object> R accept(OperationVisitor<R> visitor);

    /**
     * Whether applying it loses data (a dropped table or column): the writer marks it, and going back
     * over it needs {@code allow-data-loss}.
     */
    boolean isDestructive();
}
