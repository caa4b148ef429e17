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
 * The native enum columns a database has (MariaDB and H2, where Hibernate and our dialects create an
 * enum type for a STRING enum), with the type exactly as the database shows it.
 */
final class NativeEnums {

    /** A native enum column, {@code type} as the database shows it. */
    record EnumColumn(String table, String column, String type, boolean nullable) {
    }

    private NativeEnums() {
    }

    static List<EnumColumn> of(TestDatabase database) throws SQLException {
        String sql = switch (database.kind()) {
            case POSTGRES -> null;
            case MARIADB -> """
                    select table_name, column_name, column_type as type, is_nullable from information_schema.columns
                    where table_schema = database() and data_type = 'enum' order by table_name, column_name
                    """;
            case H2 -> """
                    select c.table_name, c.column_name, c.data_type || ' ' || listagg(v.value_name, ',')
                      within group (order by v.value_ordinal) as type, c.is_nullable
                    from information_schema.columns c
                    join information_schema.enum_values v on v.object_schema = c.table_schema
                      and v.object_name = c.table_name and v.enum_identifier = c.dtd_identifier
                    where c.table_schema = current_schema and c.data_type = 'ENUM'
                    group by c.table_name, c.column_name, c.data_type, c.is_nullable
                    order by c.table_name, c.column_name
                    """;
        };
        List<EnumColumn> columns = new ArrayList<>();
        if (sql == null) {
            return columns;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                columns.add(new EnumColumn(rows.getString("table_name").toLowerCase(Locale.ROOT),
                        rows.getString("column_name").toLowerCase(Locale.ROOT), rows.getString("type"),
                        rows.getString("is_nullable").equals("YES")));
            }
        }
        return columns;
    }
}
