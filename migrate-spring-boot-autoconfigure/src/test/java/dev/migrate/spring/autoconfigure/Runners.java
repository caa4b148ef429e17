package dev.migrate.spring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Context runners for the tests: each context gets its own empty in-memory H2 database. */
final class Runners {

    private Runners() {
    }

    /** JDBC only: a DataSource, a JdbcTemplate and our auto-configuration. */
    static ApplicationContextRunner jdbc() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class, MigrateAutoConfiguration.class))
                .withPropertyValues("migrate.locations=classpath:db/fixtures/books");
    }

    /** JPA with Hibernate validating the schema, and the entities of the given fixture configuration. */
    static ApplicationContextRunner jpa(Class<?> entities) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
                        MigrateAutoConfiguration.class))
                .withUserConfiguration(entities)
                .withPropertyValues("migrate.locations=classpath:db/fixtures/books",
                        "spring.jpa.hibernate.ddl-auto=validate");
    }

    /** The book of the fixture migration 0001_initial. */
    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = dev.migrate.spring.fixtures.books.Book.class)
    static class Books {
    }

    /** The book with a published date that no fixture migration covers. */
    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = dev.migrate.spring.fixtures.dated.Book.class)
    static class DatedBooks {
    }

    /** The book with a published date that may not be null. */
    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = dev.migrate.spring.fixtures.required.Book.class)
    static class RequiredDateBooks {
    }

    /** The book whose author is NOT NULL only through Bean Validation. */
    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = dev.migrate.spring.fixtures.inventory.Book.class)
    static class InventoryBooks {
    }

    @EntityScan(basePackageClasses = dev.migrate.spring.fixtures.validated.Book.class)
    static class ValidatedBooks {
    }
}
