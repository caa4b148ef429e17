package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.MigrateCommandRunner;
import dev.migrate.spring.MigrateConnectionDetails;
import dev.migrate.spring.MigrateProperties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * What Spring AOT would otherwise freeze at build time is decided when the application runs: the
 * command runner exists always and reads migrate.command then; migrate.url is read again when the
 * migrations' connection is chosen, whatever the build-time condition on its bean said.
 */
class RunTimeChoicesTests {

    @Test
    void withoutACommandTheRunnerDoesNothing() {
        AtomicInteger exits = new AtomicInteger();
        MigrateCommandRunner runner = new MigrateCommandRunner(null, () -> null, status -> exits.incrementAndGet());
        runner.onApplicationEvent(null);
        assertThat(exits).hasValue(0);
    }

    @Test
    void migrateUrlSetOnlyAtRunTimeStillGivesTheMigrationsTheirConnection() {
        MigrateProperties properties = new MigrateProperties();
        properties.setUrl("jdbc:h2:mem:job");
        properties.setUser("migrator");
        MigrateConnectionDetails details = MigrateAutoConfiguration.ownConnection(provider(null), properties);
        assertThat(details).isInstanceOf(PropertiesMigrateConnectionDetails.class);
        assertThat(details.getJdbcUrl()).isEqualTo("jdbc:h2:mem:job");
        assertThat(details.getUsername()).isEqualTo("migrator");
    }

    @Test
    void migrateUrlSetAtBuildTimeButNotAtRunTimeGivesNone() {
        MigrateProperties properties = new MigrateProperties();
        MigrateConnectionDetails atBuildTime = new PropertiesMigrateConnectionDetails(properties);
        assertThat(MigrateAutoConfiguration.ownConnection(provider(atBuildTime), properties)).isNull();
        assertThat(MigrateAutoConfiguration.ownConnection(provider(null), properties)).isNull();
    }

    @Test
    void aDetailsBeanWinsOverMigrateUrl() {
        MigrateProperties properties = new MigrateProperties();
        properties.setUrl("jdbc:h2:mem:job");
        MigrateConnectionDetails bean = new MigrateConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return "jdbc:h2:mem:service";
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
        MigrateConnectionDetails chosen = MigrateAutoConfiguration.ownConnection(provider(bean), properties);
        assertThat(chosen).isSameAs(bean);
    }

    private static ObjectProvider<MigrateConnectionDetails> provider(MigrateConnectionDetails details) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (details != null) {
            beans.registerSingleton("details", details);
        }
        return beans.getBeanProvider(MigrateConnectionDetails.class);
    }
}
