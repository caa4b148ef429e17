package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MigrationException;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.schema.Column;
import dev.migrate.schema.Schema;
import dev.migrate.spring.MigrateInitializer;
import dev.migrate.spring.MigrateStartup;
import dev.migrate.spring.Migrations;
import dev.migrate.spring.UncoveredModelChangesException;
import dev.migrate.xml.MigrationFileException;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

@ExtendWith(OutputCaptureExtension.class)
class MigrateAutoConfigurationTests {

    @Test
    void backsOffWithoutADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrations.class));
    }

    @Test
    void backsOffWhenDisabled() {
        Runners.jdbc().withPropertyValues("migrate.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrations.class)
                        .doesNotHaveBean(MigrateInitializer.class));
    }

    @Test
    void appliesTheMigrationsOfAnApplicationWithoutJpa() {
        Runners.jdbc().run(context -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from book", Integer.class)).isZero();
            assertThat(jdbc.queryForList("select id from migrate_history", String.class)).containsExactly("0001_initial");
        });
    }

    @Test
    void jdbcTemplateWaitsForTheMigrations() {
        Runners.jdbc().run(context -> assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
                .contains("migrateInitializer"));
    }

    @Test
    void appliesTheMigrationsBeforeHibernateValidatesTheSchema(CapturedOutput output) {
        Runners.jpa(Runners.Books.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                    .contains("migrateInitializer");
            Migrations migrations = context.getBean(Migrations.class);
            assertThat(migrations.entityModel()).hasValueSatisfying(model -> assertThat(model.entities()).isOne());
            assertThat(migrations.pendingModelChanges()).isEmpty();
            assertThat(output).contains("Migrations: applied 0001_initial in ")
                    .contains("the schema is up to date with the 1 entity");
        });
    }

    @Test
    void logsOneLineWhenNothingIsPending(CapturedOutput output) {
        Runners.jdbc().withPropertyValues("spring.datasource.url=jdbc:h2:mem:pending_once;DB_CLOSE_DELAY=-1")
                .run(first -> Runners.jdbc().withPropertyValues("spring.datasource.url=jdbc:h2:mem:pending_once")
                        .run(second -> assertThat(output).contains(
                                "Migrations: nothing to apply (1 applied before), checked in ")
                                .contains("no JPA entities to compare with")));
    }

    @Test
    void hibernateLeavesTheSchemaToTheMigrationsByDefault() {
        Runners.jpa(Runners.Books.class).withPropertyValues("spring.jpa.hibernate.ddl-auto=")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    LocalContainerEntityManagerFactoryBean factory = context.getBean(
                            LocalContainerEntityManagerFactoryBean.class);
                    // without us, Spring Boot would have Hibernate create-drop the embedded database
                    assertThat(factory.getJpaPropertyMap()).doesNotContainKey("hibernate.hbm2ddl.auto");
                });
    }

    @Test
    void failsTheStartListingEntityChangesNoMigrationCovers() {
        Runners.jpa(Runners.DatedBooks.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(UncoveredModelChangesException.class)
                    .hasMessageContaining("Add column published_date to book");
        });
    }

    @Test
    void warnsAboutEntityChangesAndStarts(CapturedOutput output) {
        Runners.jpa(Runners.DatedBooks.class)
                .withPropertyValues("migrate.model-changes=warn", "spring.jpa.hibernate.ddl-auto=none")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Migrations.class).pendingModelChanges())
                            .containsExactly("Add column published_date to book");
                    assertThat(output).contains("1 entity change is not covered by any migration "
                            + "(Add column published_date to book)");
                });
    }

    @Test
    void generatesAndAppliesTheMigrationBeforeHibernateValidates(@TempDir Path sourceDir) {
        Runners.jpa(Runners.DatedBooks.class)
                .withPropertyValues("migrate.model-changes=generate", "migrate.source-dir=" + sourceDir)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(sourceDir.resolve("0002_book_published_date.xml")).exists();
                    assertThat(context.getBean(MigrateStartup.class).applied())
                            .containsExactly("0001_initial", "0002_book_published_date");
                    assertThat(context.getBean(Migrations.class).pendingModelChanges()).isEmpty();
                    assertThat(context.getBean(JdbcTemplate.class)
                            .queryForObject("select count(published_date) from book", Integer.class)).isZero();
                });
    }

    @Test
    void theEntityModelIsTheOneHibernateWouldCreate() {
        Runners.jpa(Runners.DatedBooks.class).withPropertyValues("migrate.command=check").run(context -> {
            context.getBean(EntityManagerFactory.class);
            try (OfflineMetadata offline = OfflineMetadata.forDialect("org.hibernate.dialect.H2Dialect")
                    .implicitNamingStrategy("org.springframework.boot.hibernate.SpringImplicitNamingStrategy")
                    .entities(dev.migrate.spring.fixtures.dated.Book.class).build()) {
                Schema expected = offline.readSchema();
                assertThat(context.getBean(Migrations.class).entityModel()).hasValueSatisfying(model -> {
                    assertThat(model.schema()).isEqualTo(expected);
                    // in creation order (by size, then name), not in the mapping's (by name)
                    assertThat(model.schema().requireTable("book").columns()).extracting(Column::name)
                            .containsExactly("published_date", "id", "author", "title");
                });
            }
        });
    }

    @Test
    void seesBeanValidationConstraintsInTheEntityModel() {
        // @NotNull author without nullable=false: equal to the fixture only if Hibernate's Bean
        // Validation integrator ran before ours
        Runners.jpa(Runners.ValidatedBooks.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Migrations.class).pendingModelChanges()).isEmpty();
        });
    }

    @Test
    void readsMigrationsFromTheConfiguredLocationsAndHistoryTable(@TempDir Path directory) throws Exception {
        Files.copy(Path.of("src/test/resources/db/fixtures/books/0001_initial.xml"),
                directory.resolve("0001_initial.xml"));
        Runners.jdbc().withPropertyValues("migrate.locations=filesystem:" + directory,
                "migrate.history-table=schema_log").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(JdbcTemplate.class)
                            .queryForList("select id from schema_log", String.class)).containsExactly("0001_initial");
                });
    }

    /**
     * A start with the replay cache on, the default, after an applied file was edited: a comment added
     * is the same migration and the start goes on; a changed column fails the start before Hibernate
     * validates, naming the file, and leaves the history and the schema as they were.
     */
    @Test
    void anEditedAppliedFileFailsTheStartWithTheReplayCacheOn(@TempDir Path directory, @TempDir Path cache)
            throws Exception {
        Path file = directory.resolve("0001_initial.xml");
        String applied = Files.readString(Path.of("src/test/resources/db/fixtures/books/0001_initial.xml"));
        Files.writeString(file, applied);
        ApplicationContextRunner runner = Runners.jpa(Runners.Books.class).withPropertyValues(
                "spring.datasource.url=jdbc:h2:mem:edited-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "migrate.locations=filesystem:" + directory, "migrate.replay-cache.dir=" + cache);
        String[] history = new String[1];
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            history[0] = context.getBean(JdbcTemplate.class).queryForObject(
                    "select id || ' ' || checksum from migrate_history", String.class);
        });

        Files.writeString(file, applied.replace("<createTable", "<!-- the first table -->\n    <createTable"));
        runner.run(context -> assertThat(context).hasNotFailed());

        Files.writeString(file, applied.replace("varchar(200)", "varchar(300)"));
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(findCause(context.getStartupFailure(), dev.migrate.engine.MigrationStateException.class))
                    .hasMessage("Migration files changed after they were applied: filesystem:" + file + ". Applied"
                            + " migrations must not change: restore them and put the change in a new migration");
        });

        Files.writeString(file, applied);
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select id || ' ' || checksum from migrate_history", String.class))
                    .containsExactly(history[0]);
            assertThat(jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                    + " where table_name = 'BOOK' and column_name = 'TITLE'", Integer.class)).isEqualTo(200);
        });
    }

    /**
     * A new file with a mistake, beside applied files whose schema and plan the replay cache holds, fails
     * the start naming its line and column, and nothing of it is applied or recorded.
     */
    @Test
    void aMalformedNewFileFailsTheStartWithItsLineWithTheReplayCacheOn(@TempDir Path directory, @TempDir Path cache)
            throws Exception {
        Files.copy(Path.of("src/test/resources/db/fixtures/books/0001_initial.xml"), directory.resolve("0001_initial.xml"));
        String url = "jdbc:h2:mem:malformed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ApplicationContextRunner runner = Runners.jpa(Runners.Books.class).withPropertyValues("spring.datasource.url="
                + url, "migrate.locations=filesystem:" + directory, "migrate.replay-cache.dir=" + cache,
                "migrate.model-changes=warn");
        runner.run(context -> assertThat(context).hasNotFailed());

        Path added = directory.resolve("0002_isbn.xml");
        Files.writeString(added, """
                <migration xmlns="https://migrate.dev/xml/migration/1.0">
                    <dependsOn>0001_initial</dependsOn>
                    <addColumn tableName="book"><column name="isbn" type="varchar(20" /></addColumn>
                </migration>
                """);
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(findCause(context.getStartupFailure(), MigrationFileException.class).getMessage())
                    .startsWith("filesystem:" + added + " line 3, column ");
        });
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
                java.sql.ResultSet rows = connection.createStatement().executeQuery("select id from migrate_history")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("0001_initial");
            assertThat(rows.next()).isFalse();
            assertThat(connection.getMetaData().getColumns(null, null, "BOOK", "ISBN").next()).isFalse();
        }
    }

    @Test
    void keepsTheReplayedSchemaInTheTemporaryDirectoryByDefault() {
        Runners.jdbc().run(context -> assertThat(context.getBean(Migrations.class).core().configuration().replayCache())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"),
                        "migrate-replay-cache-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_"))));
    }

    @Test
    void keepsTheReplayedSchemaWhereConfiguredOrNowhere(@TempDir Path directory) {
        Runners.jdbc().withPropertyValues("migrate.replay-cache.dir=" + directory)
                .run(context -> assertThat(context.getBean(Migrations.class).core().configuration().replayCache())
                        .isEqualTo(directory));
        Runners.jdbc().withPropertyValues("migrate.replay-cache.enabled=false", "migrate.replay-cache.dir=" + directory)
                .run(context -> assertThat(context.getBean(Migrations.class).core().configuration().replayCache())
                        .isNull());
    }

    @Test
    void stopsAtTheTarget() {
        Runners.jdbc().withPropertyValues("migrate.target=0001_initial")
                .run(context -> assertThat(context.getBean(MigrateStartup.class).applied())
                        .containsExactly("0001_initial"));
    }

    @Test
    void failsTheStartWhenAMigrationFileIsInvalid() {
        Runners.jdbc().withPropertyValues("migrate.locations=classpath:db/fixtures/broken").run(context -> {
            assertThat(context).hasFailed();
            assertThat(findCause(context.getStartupFailure(), MigrationFileException.class))
                    .hasMessageContaining("0001_initial.xml line 4");
        });
    }

    @Test
    void failsTheStartWhenAMigrationFails() {
        Runners.jdbc().withPropertyValues("spring.datasource.url=jdbc:h2:mem:taken;DB_CLOSE_DELAY=-1")
                .withInitializer(context -> {
                    try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:mem:taken;DB_CLOSE_DELAY=-1", "sa", "");
                            var statement = connection.createStatement()) {
                        statement.execute("create table book (id int)");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(java.sql.SQLException.class);
                    assertThat(findCause(context.getStartupFailure(), MigrationException.class).migrationId())
                            .isEqualTo("0001_initial");
                });
    }

    @Test
    void doesNotMigrateWhenACommandRunsInstead() {
        Runners.jdbc().withPropertyValues("migrate.command=show").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Migrations.class).status()).extracting(s -> s.state().name())
                    .containsExactly("PENDING");
        });
    }

    static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " in " + failure);
    }

    @Test
    void theStartUpNeverGoesBack() {
        String url = "spring.datasource.url=jdbc:h2:mem:never-back;DB_CLOSE_DELAY=-1";
        Runners.jdbc().withPropertyValues(url).run(context -> assertThat(context).hasNotFailed());
        Runners.jdbc().withPropertyValues(url, "migrate.target=zero").run(context -> assertThat(context).getFailure()
                .rootCause().isInstanceOf(dev.migrate.engine.MigrationStateException.class)
                .hasMessage("The target zero is older than the applied state (0001_initial applied after it), and the"
                        + " start-up never unapplies migrations. Unapply them with --migrate.command=migrate"
                        + " --migrate.target=zero, or remove migrate.target"));
    }

    /** A database made by Hibernate's ddl-auto is adopted: its initial migration is recorded, not run. */
    @Test
    void fakeInitialAdoptsADatabaseHibernateMade() {
        String url = "spring.datasource.url=jdbc:h2:mem:adopted;DB_CLOSE_DELAY=-1";
        Runners.jpa(Runners.Books.class).withPropertyValues(url, "migrate.enabled=false",
                "spring.jpa.hibernate.ddl-auto=create").run(context -> assertThat(context).hasNotFailed());
        Runners.jpa(Runners.Books.class).withPropertyValues(url).run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("already exists"));
        Runners.jpa(Runners.Books.class).withPropertyValues(url, "migrate.fake-initial=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Migrations.class).status()).singleElement()
                    .satisfies(status -> assertThat(status.state()).isEqualTo(dev.migrate.engine.MigrationState.APPLIED));
        });
    }
}
