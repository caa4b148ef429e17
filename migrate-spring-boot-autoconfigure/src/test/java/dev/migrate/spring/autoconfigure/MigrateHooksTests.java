package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MigrationState;
import dev.migrate.engine.MigrationStatus;
import dev.migrate.spring.MigrateConfigurationCustomizer;
import dev.migrate.spring.MigrateConnectionDetails;
import dev.migrate.spring.MigrateDataSource;
import dev.migrate.spring.MigrateMigrationStrategy;
import dev.migrate.spring.MigrateStartup;
import dev.migrate.spring.Migrations;
import dev.migrate.spring.UncoveredModelChangesException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The hooks: a migration strategy, configuration customizers and connection details. */
@ExtendWith(OutputCaptureExtension.class)
class MigrateHooksTests {

    @Test
    void aStrategyThatDoesNothingLeavesTheDatabaseAlone(CapturedOutput output) {
        Runners.jdbc().withBean(MigrateMigrationStrategy.class, () -> migrations -> {
        }).run(context -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(tables(jdbc)).isZero();
            assertThat(context.getBean(MigrateStartup.class).applied()).isEmpty();
            assertThat(context.getBean(Migrations.class).status()).extracting(MigrationStatus::state)
                    .containsExactly(MigrationState.PENDING);
            assertThat(output).contains("MigrateMigrationStrategy ran in place of applying the pending migrations");
        });
    }

    @Test
    void aStrategyMigratesToItsOwnTarget(@TempDir Path directory) throws Exception {
        Files.copy(Path.of("src/test/resources/db/fixtures/books/0001_initial.xml"),
                directory.resolve("0001_initial.xml"));
        Files.writeString(directory.resolve("0002_shelf.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <migration xmlns="https://migrate.dev/xml/migration/1.0">
                    <dependsOn>0001_initial</dependsOn>
                    <createTable tableName="shelf">
                        <column name="id" type="bigint">
                            <constraints nullable="false" primaryKey="true"/>
                        </column>
                    </createTable>
                </migration>
                """);
        Runners.jdbc().withPropertyValues("migrate.locations=filesystem:" + directory)
                .withBean(MigrateMigrationStrategy.class, () -> migrations -> migrations.migrate("0001_initial"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(JdbcTemplate.class).queryForList("select id from migrate_history",
                            String.class)).containsExactly("0001_initial");
                    assertThat(context.getBean(Migrations.class).status()).extracting(MigrationStatus::state)
                            .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
                });
    }

    @Test
    void theStrategyDoesNotRunWhenACommandRunsInstead() {
        Runners.jdbc().withPropertyValues("migrate.command=show")
                .withBean(MigrateMigrationStrategy.class, () -> migrations -> {
                    throw new IllegalStateException("the strategy ran");
                })
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theEntitiesAreStillComparedWithTheFilesWhenTheStrategyDoesNotMigrate() {
        Runners.jpa(Runners.DatedBooks.class).withPropertyValues("spring.jpa.hibernate.ddl-auto=none")
                .withBean(MigrateMigrationStrategy.class, () -> migrations -> {
                }).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(UncoveredModelChangesException.class)
                            .hasMessageContaining("Add column published_date to book");
                });
        Runners.jpa(Runners.Books.class).withPropertyValues("spring.jpa.hibernate.ddl-auto=none")
                .withBean(MigrateMigrationStrategy.class, () -> migrations -> {
                }).run(context -> {
                    assertThat(context).hasNotFailed();
                    Migrations migrations = context.getBean(Migrations.class);
                    assertThat(migrations.modelComparison()).hasValueSatisfying(
                            comparison -> assertThat(comparison.isUpToDate()).isTrue());
                    assertThat(tables(context.getBean(JdbcTemplate.class))).isZero();
                });
    }

    @Test
    void customizersApplyInOrderTheLaterWinning() {
        Runners.jdbc().withPropertyValues("migrate.history-table=from_properties")
                .withUserConfiguration(OrderedCustomizers.class).run(context -> {
                    assertThat(context).hasNotFailed();
                    Migrations migrations = context.getBean(Migrations.class);
                    assertThat(migrations.historyTable()).isEqualTo("second_log");
                    assertThat(migrations.core().configuration().historyTable()).isEqualTo("second_log");
                    assertThat(context.getBean(JdbcTemplate.class)
                            .queryForList("select id from second_log", String.class)).containsExactly("0001_initial");
                    assertThat(context.getBean(JdbcTemplate.class).queryForObject(
                            "select count(*) from information_schema.tables where table_name in"
                                    + " ('FIRST_LOG', 'FROM_PROPERTIES', 'MIGRATE_HISTORY')",
                            Integer.class)).isZero();
                });
    }

    @Test
    void connectionDetailsGiveTheMigrationsTheirOwnDatabase() {
        String url = uniqueUrl("details");
        Runners.jdbc().withBean(MigrateConnectionDetails.class, () -> details(url)).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(PropertiesMigrateConnectionDetails.class);
            assertThat(((SimpleDriverDataSource) context.getBean(Migrations.class).dataSource()).getUrl())
                    .isEqualTo(url);
            assertThat(history(h2(url))).containsExactly("0001_initial");
            assertThat(tables(context.getBean(JdbcTemplate.class))).isZero();
        });
    }

    @Test
    void connectionDetailsWinOverMigrateUrl() {
        String url = uniqueUrl("details_first");
        String propertyUrl = uniqueUrl("property_second");
        Runners.jdbc().withPropertyValues("migrate.url=" + propertyUrl, "migrate.user=sa")
                .withBean(MigrateConnectionDetails.class, () -> details(url)).run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(PropertiesMigrateConnectionDetails.class);
                    assertThat(history(h2(url))).containsExactly("0001_initial");
                    assertThat(h2(propertyUrl).queryForObject("select count(*) from information_schema.tables"
                            + " where table_name = 'MIGRATE_HISTORY'", Integer.class)).isZero();
                });
    }

    @Test
    void migrateUrlBecomesConnectionDetailsOnlyWhenSet() {
        String url = uniqueUrl("property");
        Runners.jdbc().withPropertyValues("migrate.url=" + url, "migrate.user=sa").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(PropertiesMigrateConnectionDetails.class);
            MigrateConnectionDetails details = context.getBean(MigrateConnectionDetails.class);
            assertThat(details.getJdbcUrl()).isEqualTo(url);
            assertThat(details.getDriverClassName()).isEqualTo("org.h2.Driver");
            assertThat(history(h2(url))).containsExactly("0001_initial");
        });
        Runners.jdbc().run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(MigrateConnectionDetails.class));
    }

    @Test
    void aMigrateDataSourceWinsOverConnectionDetails() {
        String detailsUrl = uniqueUrl("details_loses");
        String markedUrl = MarkedDataSource.URL;
        Runners.jdbc().withBean(MigrateConnectionDetails.class, () -> details(detailsUrl))
                .withUserConfiguration(MarkedDataSource.class).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(history(h2(markedUrl))).containsExactly("0001_initial");
                    assertThat(h2(detailsUrl).queryForObject("select count(*) from information_schema.tables"
                            + " where table_name = 'MIGRATE_HISTORY'", Integer.class)).isZero();
                });
    }

    @Test
    void connectionDetailsAloneAreEnoughWithoutAnApplicationDataSource() {
        String url = uniqueUrl("details_alone");
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                .withConfiguration(org.springframework.boot.autoconfigure.AutoConfigurations
                        .of(MigrateAutoConfiguration.class))
                .withPropertyValues("migrate.locations=classpath:db/fixtures/books")
                .withBean(MigrateConnectionDetails.class, () -> details(url)).run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class);
                    assertThat(history(h2(url))).containsExactly("0001_initial");
                });
    }

    private static MigrateConnectionDetails details(String url) {
        return new MigrateConnectionDetails() {

            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getUsername() {
                return "sa";
            }

            @Override
            public String getPassword() {
                return "";
            }
        };
    }

    private static String uniqueUrl(String name) {
        return "jdbc:h2:mem:" + name + "_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    private static java.util.List<String> history(JdbcTemplate jdbc) {
        return jdbc.queryForList("select id from migrate_history", String.class);
    }

    private static Integer tables(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from information_schema.tables"
                + " where table_name in ('BOOK', 'MIGRATE_HISTORY')", Integer.class);
    }

    private static JdbcTemplate h2(String url) {
        return new JdbcTemplate(dataSource(url));
    }

    private static DataSource dataSource(String url) {
        return new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
    }

    @Configuration(proxyBeanMethods = false)
    static class MarkedDataSource {

        static final String URL = uniqueUrl("marked_wins");

        @Bean
        @org.springframework.context.annotation.Primary
        DataSource applicationDataSource() {
            return dataSource(uniqueUrl("app"));
        }

        @Bean
        @MigrateDataSource
        DataSource migrationsDataSource() {
            return dataSource(URL);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderedCustomizers {

        @Bean
        @Order(2)
        MigrateConfigurationCustomizer second() {
            return configuration -> {
                assertThat(configuration.historyTable()).isEqualTo("first_log");
                return configuration.withHistoryTable("second_log");
            };
        }

        @Bean
        @Order(1)
        MigrateConfigurationCustomizer first() {
            return configuration -> {
                assertThat(configuration.historyTable()).isEqualTo("from_properties");
                return configuration.withHistoryTable("first_log");
            };
        }
    }
}
