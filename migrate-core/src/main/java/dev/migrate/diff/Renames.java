package dev.migrate.diff;

import dev.migrate.operation.Operation;
import dev.migrate.schema.Schema;
import java.util.List;

/** The rename operations found, and the history schema with them applied. */
record Renames(List<Operation> operations, Schema schemaAfter) {
}
