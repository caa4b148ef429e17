package dev.migrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import dev.migrate.engine.Migrate;
import dev.migrate.engine.MigrateConfiguration;
import dev.migrate.engine.MigrateOptions;
import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationResource;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.xml.MigrationReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof for switching from Liquibase, on real changelogs: Liquibase 4.33 applies a changelog to one
 * database, migrate's import converts it and applies the files to another, and the two live schemas
 * (read by migrate's introspector) and row counts are equal. Then the adoption path: a database with
 * Liquibase's history takes the imported files without running anything, and one Liquibase left
 * behind gets only the missing changeSets.
 */
abstract class LiquibaseImportTestBase {

    static final Set<String> NOT_COMPARED = Set.of("databasechangelog", "databasechangeloglock", "migrate_history");

    @TempDir
    Path directory;

    abstract DatabaseKind kind();

    /** The Liquibase name of the database. */
    String dbms() {
        return kind() == DatabaseKind.POSTGRES ? "postgresql" : kind() == DatabaseKind.MARIADB ? "mariadb" : "h2";
    }

    static Path resources(String name) {
        return Path.of("src/test/resources/liquibase", name).toAbsolutePath();
    }

    List<Path> importChangelog(Path root, String changelog, String contexts) {
        return new LiquibaseImport(ChangelogResources.directory(root), dbms(), Contexts.of(contexts))
                .write(changelog, directory);
    }

    Migrate migrate(TestDatabase database) {
        DataSource dataSource = dataSource(database);
        return new Migrate(MigrateConfiguration.of(dataSource, new MigrationLoader(new MigrationReader())
                .load(resources())));
    }

    List<MigrationResource> resources() {
        return new MigrationScanner(getClass().getClassLoader()).scan(List.of("filesystem:" + directory));
    }

    /**
     * What a start does: the Liquibase adoption and migrate in one run. {@link #lastAdopted} is what
     * it recorded without running: the history's new rows that it did not apply.
     */
    MigrateResult start(TestDatabase database) throws SQLException {
        Set<String> before = historyIds(database);
        MigrateResult result = migrate(database).migrate(MigrateOptions.forwards(null),
                Migrate.liquibaseOrigins(resources()));
        List<String> adopted = new ArrayList<>();
        for (String id : historyIds(database)) {
            if (!before.contains(id) && !result.applied().contains(id)) {
                adopted.add(id);
            }
        }
        lastAdopted = adopted;
        return result;
    }

    private static Set<String> historyIds(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            Map<String, HistoryRow> rows = new HistoryTable(HistoryTable.DEFAULT_NAME, Dialect.fromConnection(connection))
                    .readAllIfPresent(connection);
            return rows == null ? Set.of() : new LinkedHashSet<>(rows.keySet());
        }
    }

    List<String> lastAdopted = List.of();

    static Schema schema(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return new SchemaIntrospector().read(connection, NOT_COMPARED);
        }
    }

    static Map<String, Long> rowCounts(TestDatabase database, Schema schema) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (var table : schema.tables()) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table.name())) {
                    rows.next();
                    counts.put(table.name(), rows.getLong(1));
                }
            }
        }
        return counts;
    }

    static long count(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static TestDatabase fresh(DatabaseKind kind) {
        return TestDatabases.create(kind);
    }

    /**
     * The documented normalisations, on MariaDB only. The first: Liquibase makes its {@code timestamp} columns
     * with MariaDB's TIMESTAMP type, which migrate's introspector reads as {@code timestamp(n) with time
     * zone}; the import writes {@code timestamp(n)}, which migrate creates as {@code datetime(n)} (as
     * Hibernate does: no year-2038 limit, no session time zone conversion). Migrate's MariaDB canonical
     * form (drift, adoption) counts both as {@code timestamp(n)}; here the Liquibase side is read so.
     */
    Schema normalised(Schema liquibase) {
        if (kind() != DatabaseKind.MARIADB) {
            return liquibase;
        }
        return liquibase.withEveryTable(table -> table.withColumns(table.columns().stream()
                .map(c -> c.type().type() == dev.migrate.schema.DataType.TIMESTAMP_TZ
                        ? c.withType(new dev.migrate.schema.ColumnType(dev.migrate.schema.DataType.TIMESTAMP,
                                c.type().size(), null))
                        // the second: Liquibase's char(n) on MariaDB, which migrate makes as varchar(n) there
                        // (as Hibernate does; its MariaDB canonical form counts them the same)
                        : c.type().type() == dev.migrate.schema.DataType.CHAR
                                ? c.withType(dev.migrate.schema.ColumnType.of(dev.migrate.schema.DataType.VARCHAR,
                                        c.type().size()))
                                : c)
                .toList()));
    }

    /** Asserts the two live schemas are equal, with the differences listed when not. */
    static void assertSameSchema(Schema liquibase, Schema migrate) {
        assertThat(migrate.differencesFrom(liquibase)).as("migrate's schema against Liquibase's").isEmpty();
        assertThat(migrate).isEqualTo(liquibase);
    }

    static DataSource dataSource(TestDatabase database) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return database.connect();
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return DriverManager.getConnection(database.url(), user, password);
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
