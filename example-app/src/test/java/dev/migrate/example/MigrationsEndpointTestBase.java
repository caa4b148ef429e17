package dev.migrate.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.Migrator;
import dev.migrate.xml.MigrationReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example application on a fresh database of one kind, started on a random port and asked
 * over real HTTP. Subclasses name the database ({@code ...H2Test}, {@code ...PostgresTest},
 * {@code ...MariaDbTest}) and create it in a {@code @BeforeAll}; a PostgreSQL or MariaDB one is also
 * {@link OnDatabase}, so that without a server each of its tests is reported skipped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class MigrationsEndpointTestBase {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    static TestDatabase database;

    @LocalServerPort
    int port;

    /**
     * A fresh database on which the book of an older release is already stored: migrations up to
     * 0003 applied (by the core library, as an earlier deployment would have), and a book without a
     * format. The application's start then applies 0004, whose Java fills the format in.
     */
    static void createDatabase(DatabaseKind kind) {
        if (kind != DatabaseKind.H2 && ExampleDatabases.unavailable(kind) != null) {
            return; // each test is skipped, saying why (OnDatabase)
        }
        database = TestDatabases.create(kind);
        try (Connection connection = database.connect()) {
            List<Migration> files = new MigrationLoader(new MigrationReader()).load(
                    new MigrationScanner(MigrationsEndpointTestBase.class.getClassLoader())
                            .scan(List.of("classpath:db/migrations")));
            new Migrator(files, "migrate_history").migrate(connection, "0003_book_format");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into book (title, author, published_date)"
                        + " values ('Germinal', 'Zola', date '1885-03-01')");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database.url());
        registry.add("spring.datasource.username", () -> database.user());
        registry.add("spring.datasource.password", () -> database.password());
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    abstract String productName();

    @Test
    void everyMigrationIsAppliedWithTheFilesMadeOnH2() throws Exception {
        JsonNode contexts = get("/actuator/migrations", 200).get("contexts");
        assertThat(contexts.propertyNames()).containsExactly("example-app");
        JsonNode report = contexts.get("example-app").get("migrateBeans").get("migrations");
        assertThat(report.get("database").asString()).isEqualTo(productName());
        assertThat(report.get("databaseVersion").asString()).isNotBlank();
        assertThat(report.get("historyTable").asString()).isEqualTo("migrate_history");
        assertThat(report.get("pendingModelChanges").size()).isZero();
        assertThat(report.get("drift").get("differences").size()).as("drift: %s", report.get("drift")).isZero();
        JsonNode migrations = report.get("migrations");
        assertThat(migrations.valueStream().map(m -> m.get("id").asString()).toList())
                .containsExactly("0001_initial", "0002_book_published_date", "0003_book_format",
                        "0004_fill_book_format");
        for (JsonNode migration : migrations) {
            assertThat(migration.get("state").asString()).isEqualTo("APPLIED");
            assertThat(migration.get("checksum").asString()).hasSize(64);
            assertThat(migration.get("appliedAt").asString()).isNotBlank();
            assertThat(migration.get("executionTimeMs").asLong()).isNotNegative();
        }
        assertThat(migrations.get(1).get("operations").get(0).asString())
                .isEqualTo("Add column published_date to book");
        assertThat(migrations.get(2).get("operations").get(0).asString()).isEqualTo("Add column format to book");
        assertThat(migrations.get(3).get("operations").get(0).asString())
                .isEqualTo("Run Java: dev.migrate.example.migrations.FillBookFormat (version 1)");
    }

    /** 0004 is Java: the book stored before the app started (before formats existed) got the default format. */
    @Test
    void theJavaMigrationFilledInTheFormatOfOlderBooks() throws Exception {
        JsonNode germinal = get("/books", 200).valueStream().filter(b -> b.get("title").asString().equals("Germinal"))
                .findFirst().orElseThrow();
        assertThat(germinal.get("format").asString()).isEqualTo("PAPERBACK");
    }

    @Test
    void healthIncludesTheMigrations() throws Exception {
        JsonNode migrations = get("/actuator/health", 200).get("components").get("migrations");
        assertThat(migrations.get("status").asString()).isEqualTo("UP");
        assertThat(migrations.get("details").get("applied").asInt()).isEqualTo(4);
    }

    @Test
    void booksAreStoredInTheMigratedSchema() throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/books"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"The Pragmatic Programmer\",\"author\":\"Hunt\",\"publishedDate\":\"1999-10-20\","
                                + "\"format\":\"PAPERBACK\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode book = get(created.headers().firstValue("Location").orElseThrow(), 200);
        assertThat(book.get("publishedDate").asString()).isEqualTo("1999-10-20");
        assertThat(book.get("format").asString()).isEqualTo("PAPERBACK");
        assertThat(get("/books", 200).valueStream().map(b -> b.get("title").asString()).toList())
                .isEqualTo(List.of("Germinal", "The Pragmatic Programmer"));
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
