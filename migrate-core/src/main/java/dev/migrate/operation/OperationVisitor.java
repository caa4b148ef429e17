package dev.migrate.operation;

import org.jspecify.annotations.Nullable;

/**
 * One method per kind of operation, for what other packages do with operations (the SQL of a
 * dialect, the XML of the writer, the name of a migration, ...) and what must not live in the
 * operation itself, since {@code operation} depends on none of them. Every implementation gives
 * every case: a new kind of operation adds a method here and so fails to compile until each of them
 * says what it does with it ({@link Operation#accept}).
 *
 * @param <R> what a visit returns ({@link Void} and {@code null} for nothing)
 */
public interface OperationVisitor<R extends @Nullable Object> {

    R visit(CreateTable operation);

    R visit(DropTable operation);

    R visit(RenameTable operation);

    R visit(AddColumn operation);

    R visit(DropColumn operation);

    R visit(RenameColumn operation);

    R visit(ModifyDataType operation);

    R visit(AddNotNullConstraint operation);

    R visit(DropNotNullConstraint operation);

    R visit(AddDefaultValue operation);

    R visit(DropDefaultValue operation);

    R visit(CreateIndex operation);

    R visit(DropIndex operation);

    R visit(AddUniqueConstraint operation);

    R visit(DropUniqueConstraint operation);

    R visit(AddForeignKeyConstraint operation);

    R visit(DropForeignKeyConstraint operation);

    R visit(AddCheckConstraint operation);

    R visit(DropCheckConstraint operation);

    R visit(CreateSequence operation);

    R visit(DropSequence operation);

    R visit(SqlOperation operation);

    R visit(JavaOperation operation);
}
