/**
 * The operations a migration is made of: one sealed type per kind of change, each applying itself to a schema, giving its reverse and reducing with the next, visited by an {@link dev.migrate.operation.OperationVisitor}.
 */
@NullMarked
package dev.migrate.operation;

import org.jspecify.annotations.NullMarked;
