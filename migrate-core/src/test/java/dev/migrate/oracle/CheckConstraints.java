package dev.migrate.oracle;

import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check constraints of a database, read from its catalog, as "table: clause". Check
 * constraints are not in our schema model, so migrations never create the ones Hibernate does
 * (enum values, discriminator values, a subclass's not-null columns in a single table): the oracle
 * lists them as a known gap.
 */
final class CheckConstraints {

    private CheckConstraints() {
    }

    static List<String> of(TestDatabase database) throws SQLException {
        String sql = switch (database.kind()) {
            case POSTGRES -> """
                    select c.relname as table_name, pg_get_constraintdef(k.oid) as clause
                    from pg_constraint k
                    join pg_class c on c.oid = k.conrelid
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = current_schema() and k.contype = 'c'
                    """;
            case MARIADB -> """
                    select table_name, check_clause as clause from information_schema.check_constraints
                    where constraint_schema = database()
                    """;
            case H2 -> """
                    select t.table_name, c.check_clause as clause
                    from information_schema.check_constraints c
                    join information_schema.table_constraints t
                      on t.constraint_schema = c.constraint_schema and t.constraint_name = c.constraint_name
                    where c.constraint_schema = current_schema
                    """;
        };
        List<String> checks = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                checks.add(rows.getString("table_name").toLowerCase(Locale.ROOT) + ": " + rows.getString("clause"));
            }
        }
        return checks.stream().sorted().toList();
    }
}
