package dev.migrate.engine;

import dev.migrate.history.HistoryTable;
import dev.migrate.xml.MigrationReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/** A process that migrates a database from a folder of files, to be killed in the middle (see KillDuringMigrationTestBase). */
public final class MigrateMain {

    private MigrateMain() {
    }

    /** Arguments: JDBC URL, user, password, migrations folder. */
    public static void main(String[] args) throws Exception {
        List<Migration> migrations = new MigrationLoader(new MigrationReader()).load(
                new MigrationScanner(MigrateMain.class.getClassLoader()).scan(List.of("filesystem:" + args[3])));
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            new Migrator(migrations, HistoryTable.DEFAULT_NAME).migrate(connection);
        }
    }
}
