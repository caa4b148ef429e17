package dev.migrate.oracle;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The native enum columns Hibernate creates for STRING enums on MariaDB and H2. Our model has no
 * enum type: it maps a STRING enum to the varchar Hibernate uses on PostgreSQL (and its validator
 * accepts on all three). So the oracle finds these columns, requires them to be exactly the
 * expected ones, and then gives each the type our model has for it, so that the rest of the
 * schema can be compared as it is.
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

    /** Changes each column to the type the model gives it, keeping its nullability. */
    static void replaceWithModelTypes(TestDatabase database, List<EnumColumn> columns, Schema model)
            throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            Dialect dialect = Dialect.fromConnection(connection);
            for (EnumColumn column : columns) {
                ColumnType type = model.requireTable(column.table()).requireColumn(column.column()).type();
                String table = dialect.quote(column.table());
                String name = dialect.quote(column.column());
                statement.execute(database.kind() == DatabaseKind.MARIADB
                        ? "alter table " + table + " modify column " + name + " " + dialect.columnType(type)
                                + (column.nullable() ? " null" : " not null")
                        : "alter table " + table + " alter column " + name + " set data type " + dialect.columnType(type));
            }
        }
    }
}
