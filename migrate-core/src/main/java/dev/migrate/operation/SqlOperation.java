package dev.migrate.operation;

import java.util.List;
import java.util.Optional;

import dev.migrate.schema.Schema;

/**
 * Raw SQL statements, sent as they are. The schema model does not see what they do, so use them for
 * data changes and for what the other operations cannot say.
 *
 * @param statements the statements, one per element, without a trailing semicolon
 * @param rollbackStatements the statements that undo them; empty when they cannot be undone
 */
public record SqlOperation(List<String> statements, List<String> rollbackStatements) implements Operation {

    public SqlOperation {
        statements = List.copyOf(statements);
        rollbackStatements = rollbackStatements == null ? List.of() : List.copyOf(rollbackStatements);
        if (statements.isEmpty() || statements.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("sql needs at least one statement and no empty ones");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return rollbackStatements.isEmpty()
                ? Optional.empty()
                : Optional.of(List.of(new SqlOperation(rollbackStatements, statements)));
    }

    @Override
    public String describe() {
        String first = statements.get(0).strip().replaceAll("\\s+", " ");
        String shown = first.length() > 60 ? first.substring(0, 57) + "..." : first;
        return "Run SQL: " + shown + (statements.size() > 1 ? " (+" + (statements.size() - 1) + " more)" : "");
    }
}
