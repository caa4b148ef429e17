package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.UncoveredModelChangesException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.data.jpa.test.autoconfigure.AutoConfigureDataJpa;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureDataSourceInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code @DataJpaTest} and {@code @JdbcTest} bring the starter in, as they bring Flyway and Liquibase:
 * through the imports of {@code @AutoConfigureDataSourceInitialization}, which both slices carry. A
 * context made of exactly the slice's auto-configurations applies the migrations, and fails, with the
 * start-up's message, when an entity change has no migration.
 */
class TestSliceTests {

    @Test
    void theStarterIsOneOfTheDataSourceInitializersOfTheTestSlices() {
        assertThat(ImportCandidates.load(AutoConfigureDataSourceInitialization.class, getClass().getClassLoader()))
                .contains(MigrateAutoConfiguration.class.getName());
    }

    @Test
    void aDataJpaSliceAppliesTheMigrations() {
        dataJpaSlice().withUserConfiguration(Runners.Books.class).withPropertyValues(
                "migrate.locations=classpath:db/fixtures/books").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                            .queryForObject("select count(*) from migrate_history", Integer.class)).isOne();
                });
    }

    @Test
    void aDataJpaSliceFailsWhenAnEntityChangeHasNoMigration() {
        dataJpaSlice().withUserConfiguration(Runners.DatedBooks.class).withPropertyValues(
                "migrate.locations=classpath:db/fixtures/books").run(context -> assertThat(context).getFailure()
                        .rootCause().isInstanceOf(UncoveredModelChangesException.class)
                        .hasMessageContaining("Add column published_date to book"));
    }

    /** The auto-configurations {@code @DataJpaTest} imports, but Spring Data's repositories (no repositories here). */
    private ApplicationContextRunner dataJpaSlice() {
        List<String> names = new ArrayList<>();
        for (Class<?> annotation : List.of(AutoConfigureDataJpa.class, AutoConfigureJdbc.class,
                AutoConfigureDataSourceInitialization.class)) {
            ImportCandidates.load(annotation, getClass().getClassLoader()).forEach(names::add);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names.stream().filter(n -> !n.startsWith("optional:") && !n.endsWith("RepositoriesAutoConfiguration")).distinct().toList()) {
            try {
                classes.add(Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name, e);
            }
        }
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(classes.toArray(Class<?>[]::new)));
    }
}
