package dev.migrate.dialect;

import dev.migrate.operation.Operation;
import dev.migrate.schema.Schema;
import java.util.ArrayList;
import java.util.List;

final class Scripts {

    private Scripts() {
    }

    /** The statements of each operation, each rendered against the schema the ones before it leave. */
    static List<List<String>> render(Dialect dialect, List<Operation> operations) {
        List<List<String>> statements = new ArrayList<>();
        Schema schema = Schema.empty();
        for (Operation operation : operations) {
            statements.add(dialect.sql(operation, schema));
            schema = operation.applyTo(schema);
        }
        return statements;
    }
}
