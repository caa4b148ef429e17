package dev.migrate.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.diff.Autodetector;
import dev.migrate.diff.Questioner;
import dev.migrate.diff.RenameHints;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.Migrator;
import dev.migrate.history.HistoryTable;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.jpa.names.InventoryItem;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows the advice of the refusal of {@code @Table(schema = "inventory")}: the mapping without
 * the schema, and the schema made the connection's default in the JDBC URL. The migration's table
 * and the history table land in that schema, the introspector reads them from there, and Hibernate
 * finds its table.
 */
abstract class NamedSchemaTestBase {

    @TempDir
    Path migrations;

    TestDatabase database;

    abstract DatabaseKind kind();

    /** The statement that creates the schema, if the URL does not. */
    abstract List<String> createSchema();

    /** The test database's URL, with inventory as the default schema, as the advice says. */
    abstract String withDefaultSchema(String url);

    /** The schema's name as the catalog spells it. */
    abstract String schemaInCatalog();

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.create(kind());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void tablesAndHistoryGoToTheConnectionsDefaultSchema() throws Exception {
        database.execute(createSchema().toArray(String[]::new));
        TestDatabase inInventory = new TestDatabase(database.kind(), database.name(),
                withDefaultSchema(database.url()), database.user(), database.password(), database.adminUrl());
        try (OfflineMetadata model = OracleModels.builder(kind()).entities(InventoryItem.class)
                .setting(OracleModels.COLUMN_ORDERING_STRATEGY, "default").build()) {
            Schema entities = model.readSchema();
            Files.writeString(migrations.resolve("0001_initial.xml"), new MigrationWriter().write(new MigrationDocument(
                    List.of(), new Autodetector(Questioner.nonInteractive())
                            .diff(Schema.empty(), entities, RenameHints.none()).operations())));
            Migrator migrator = new Migrator(new MigrationLoader(new MigrationReader()).load(
                    new MigrationScanner(getClass().getClassLoader()).scan(List.of("filesystem:" + migrations))),
                    HistoryTable.DEFAULT_NAME);

            try (Connection connection = inInventory.connect()) {
                assertThat(migrator.migrate(connection).applied()).containsExactly("0001_initial");
                Schema live = new SchemaIntrospector().read(connection, Set.of(HistoryTable.DEFAULT_NAME));
                assertThat(live.tables()).extracting(Table::name).containsExactly("inventory_item");
                assertThat(migrator.migrate(connection).applied()).isEmpty();
            }
            assertThat(tablesIn(schemaInCatalog())).containsExactlyInAnyOrder("inventory_item", "migrate_history");
            try (Connection plain = database.connect()) {
                assertThat(new SchemaIntrospector().read(plain, Set.of()).tables()).isEmpty();
            }
            RealHibernate.validate(inInventory, model, factory -> factory.inTransaction(
                    session -> assertThat(session.find(InventoryItem.class, 1L)).isNull()));
        }
    }

    private List<String> tablesIn(String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = '" + schema + "'")) {
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase());
            }
        }
        return tables;
    }
}
