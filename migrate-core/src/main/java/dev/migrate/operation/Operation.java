package dev.migrate.operation;

import dev.migrate.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * One change to a schema. Every operation can apply itself to a schema (the state forwards), give
 * the operations that undo it, and describe itself in one line for people. Rendering to SQL is the
 * dialect's business.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn,
        ModifyDataType, AddNotNullConstraint, DropNotNullConstraint, AddDefaultValue, DropDefaultValue, CreateIndex,
        DropIndex, AddUniqueConstraint, DropUniqueConstraint, AddForeignKeyConstraint, DropForeignKeyConstraint,
        AddCheckConstraint, DropCheckConstraint,
        CreateSequence, DropSequence, SqlOperation {

    /** The schema after this change; throws {@link dev.migrate.schema.SchemaException} if it does not fit. */
    Schema applyTo(Schema schema);

    /**
     * The operations that undo this one, in order, given the schema it was applied to; empty when it
     * cannot be undone (raw SQL without a rollback).
     */
    Optional<List<Operation>> reverse(Schema before);

    /** One line for people, such as "Add column published_date to book". */
    String describe();

    /** Whether applying it loses data (a dropped table or column). */
    default boolean isDestructive() {
        return false;
    }
}
