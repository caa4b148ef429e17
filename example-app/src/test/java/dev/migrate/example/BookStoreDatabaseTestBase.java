package dev.migrate.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.MigrationState;
import dev.migrate.engine.MigrationStatus;
import dev.migrate.engine.Migrator;
import dev.migrate.spring.MigrateConnectionDetails;
import dev.migrate.spring.Migrations;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.xml.MigrationReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * The example application started on a real database of one kind ({@link OnDatabase}), on which
 * an older release already stored a book: migrations up to 0003 applied (by the core library, as
 * that deployment would have), and a book without a format. The start applies 0004, whose Java
 * fills the format in. The database is a {@code @ServiceConnection} container when a Docker engine
 * is available, else a fresh one on the server of the environment variables, else every test is
 * skipped ({@link ExampleDatabases}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class BookStoreDatabaseTestBase {

    /** The container when a Docker engine serves the tests, else null. */
    static JdbcDatabaseContainer<?> container;

    /** The database on the environment's server when no Docker engine does, else null. */
    static TestDatabase database;

    @Autowired
    BookRepository books;

    @Autowired
    Migrations migrations;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectProvider<MigrateConnectionDetails> migrateConnectionDetails;

    @BeforeAll
    static void prepareDatabase(TestInfo test) throws SQLException {
        DatabaseKind kind = test.getTestClass().orElseThrow().getAnnotation(OnDatabase.class).value();
        if (ExampleDatabases.unavailable(kind) != null) {
            return; // each test is skipped, saying why
        }
        if (ExampleDatabases.dockerAvailable()) {
            container = ExampleDatabases.startContainer(kind);
            try (Connection connection = DriverManager.getConnection(container.getJdbcUrl(), container.getUsername(),
                    container.getPassword())) {
                storeAnOlderRelease(connection);
            }
        } else {
            database = ExampleDatabases.fromEnvironment(kind);
            try (Connection connection = database.connect()) {
                storeAnOlderRelease(connection);
            }
        }
    }

    private static void storeAnOlderRelease(Connection connection) throws SQLException {
        List<Migration> files = new MigrationLoader(new MigrationReader()).load(
                new MigrationScanner(BookStoreDatabaseTestBase.class.getClassLoader())
                        .scan(List.of("classpath:db/migrations")));
        new Migrator(files, "migrate_history").migrate(connection, "0003_book_format");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into book (title, author, published_date)"
                    + " values ('Germinal', 'Zola', date '1885-03-01')");
        }
    }

    /** The environment's database; a container is served by {@link BookStoreContainers} instead. */
    @DynamicPropertySource
    static void environmentDatabase(DynamicPropertyRegistry registry) {
        if (database != null) {
            registry.add("spring.datasource.url", () -> database.url());
            registry.add("spring.datasource.username", () -> database.user());
            registry.add("spring.datasource.password", () -> database.password());
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
            database = null;
        }
        if (container != null) {
            container.stop();
            container = null;
        }
    }

    abstract String productName();

    @Test
    void theApplicationStartedOnTheRealDatabaseAndAppliedEveryMigration() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(productName());
        }
        assertThat(migrations.status()).extracting(MigrationStatus::id).containsExactly("0001_initial",
                "0002_book_published_date", "0003_book_format", "0004_fill_book_format");
        assertThat(migrations.status()).extracting(MigrationStatus::state).containsOnly(MigrationState.APPLIED);
    }

    @Test
    void theJavaDataMigrationFilledInTheFormatOfTheOlderBook() {
        Book germinal = books.findAll().stream().filter(b -> b.getTitle().equals("Germinal")).findFirst().orElseThrow();
        assertThat(germinal.getFormat()).isEqualTo(Book.Format.PAPERBACK);
    }

    @Test
    void aBookMakesARoundTripThroughTheRepository() {
        Book saved = books.save(new Book("Nana", "Zola", LocalDate.of(1880, 3, 15), Book.Format.EBOOK));
        Book read = books.findById(saved.getId()).orElseThrow();
        assertThat(read.getTitle()).isEqualTo("Nana");
        assertThat(read.getAuthor()).isEqualTo("Zola");
        assertThat(read.getPublishedDate()).isEqualTo(LocalDate.of(1880, 3, 15));
        assertThat(read.getFormat()).isEqualTo(Book.Format.EBOOK);
        books.delete(read);
    }

    @Test
    void theMigrationsConnectionComesFromTheServiceConnectionWhenThereIsOne() {
        MigrateConnectionDetails details = migrateConnectionDetails.getIfAvailable();
        if (container != null) {
            assertThat(details).as("served by the @ServiceConnection container").isNotNull();
            assertThat(details.getJdbcUrl()).isEqualTo(container.getJdbcUrl());
        } else {
            assertThat(details).as("the application's own DataSource serves the migrations").isNull();
        }
    }
}
