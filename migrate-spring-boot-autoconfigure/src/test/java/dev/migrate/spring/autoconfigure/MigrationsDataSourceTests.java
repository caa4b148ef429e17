package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.MigrateDataSource;
import dev.migrate.spring.MigrateSchemaManagementProvider;
import dev.migrate.spring.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Migrations with connection settings of their own: migrate.url, migrate.user, @MigrateDataSource. */
class MigrationsDataSourceTests {

    @Test
    void migrateUrlAppliesTheMigrationsToItsDatabaseOnly() {
        String url = "jdbc:h2:mem:migrate_url_target;DB_CLOSE_DELAY=-1";
        Runners.jdbc().withPropertyValues("migrate.url=" + url, "migrate.user=sa").run(context -> {
            assertThat(context).hasNotFailed();
            DataSource application = context.getBean(DataSource.class);
            Migrations migrations = context.getBean(Migrations.class);
            assertThat(migrations.dataSource()).isNotSameAs(application).isInstanceOf(SimpleDriverDataSource.class);
            assertThat(history(h2(url, "sa", ""))).isOne();
            assertThat(tables(new JdbcTemplate(application))).isZero();
            assertThat(context.getBean(MigrateSchemaManagementProvider.class).getSchemaManagement(application))
                    .isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    @Test
    void migrateUserConnectsToTheApplicationsDatabaseAsThatUser() throws SQLException {
        String url = "jdbc:h2:mem:migrate_user;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create user migrator password 'secret' admin");
        }
        Runners.jdbc().withPropertyValues("spring.datasource.url=" + url, "migrate.user=migrator",
                "migrate.password=secret").run(context -> {
                    assertThat(context).hasNotFailed();
                    DataSource application = context.getBean(DataSource.class);
                    SimpleDriverDataSource own = (SimpleDriverDataSource) context.getBean(Migrations.class)
                            .dataSource();
                    assertThat(own.getUrl()).isEqualTo(url);
                    assertThat(own.getUsername()).isEqualTo("migrator");
                    assertThat(history(new JdbcTemplate(application))).isOne();
                    assertThat(context.getBean(MigrateSchemaManagementProvider.class)
                            .getSchemaManagement(application)).isEqualTo(SchemaManagement.MANAGED);
                });
        Runners.jdbc().withPropertyValues("spring.datasource.url=" + url, "migrate.user=migrator",
                "migrate.password=wrong").run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("Wrong user name or password"));
    }

    @Test
    void aMarkedDataSourceIsUsedAmongSeveral() {
        Runners.jdbc().withUserConfiguration(TwoDataSources.class).run(context -> {
            assertThat(context).hasNotFailed();
            DataSource marked = context.getBean("migrationsDataSource", DataSource.class);
            assertThat(context.getBean(Migrations.class).dataSource()).isSameAs(marked);
            assertThat(history(new JdbcTemplate(marked))).isOne();
            assertThat(tables(new JdbcTemplate(context.getBean("applicationDataSource", DataSource.class))))
                    .isZero();
        });
    }

    @Test
    void migrateUrlNeedsNoApplicationDataSource() {
        String url = "jdbc:h2:mem:migrate_url_alone;DB_CLOSE_DELAY=-1";
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
                .withPropertyValues("migrate.locations=classpath:db/fixtures/books", "migrate.url=" + url,
                        "migrate.user=sa")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class);
                    assertThat(history(h2(url, "sa", ""))).isOne();
                });
    }

    @Test
    void backsOffAmongSeveralDataSourcesWithoutAMark() {
        Runners.jdbc().withUserConfiguration(UnmarkedDataSources.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrations.class));
    }

    private static Integer history(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from migrate_history where id = '0001_initial'", Integer.class);
    }

    private static Integer tables(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from information_schema.tables"
                + " where table_name in ('BOOK', 'MIGRATE_HISTORY')", Integer.class);
    }

    private static JdbcTemplate h2(String url, String user, String password) {
        return new JdbcTemplate(dataSource(url, user, password));
    }

    private static DataSource dataSource(String url, String user, String password) {
        return new SimpleDriverDataSource(new org.h2.Driver(), url, user, password);
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        DataSource applicationDataSource() {
            return dataSource("jdbc:h2:mem:marked_app;DB_CLOSE_DELAY=-1", "sa", "");
        }

        @Bean
        @MigrateDataSource
        DataSource migrationsDataSource() {
            return dataSource("jdbc:h2:mem:marked_migrations;DB_CLOSE_DELAY=-1", "sa", "");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UnmarkedDataSources {

        @Bean
        DataSource one() {
            return dataSource("jdbc:h2:mem:unmarked_one;DB_CLOSE_DELAY=-1", "sa", "");
        }

        @Bean
        DataSource two() {
            return dataSource("jdbc:h2:mem:unmarked_two;DB_CLOSE_DELAY=-1", "sa", "");
        }
    }
}
