package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class PassThroughTest {

    @Test
    void passesEveryMigratePropertyButThePluginsOwnAndTheCommand() {
        Properties user = properties("migrate.name", "add isbn", "migrate.target", "0002_x", "migrate.plugin.skip", "true",
                "migrate.command", "show", "migrate.", "nothing", "spring.profiles.active", "postgres", "migrated", "no");
        assertThat(PassThrough.arguments(user, new Properties()))
                .containsExactly("--migrate.name=add isbn", "--migrate.target=0002_x");
    }

    @Test
    void aUserPropertyWinsOverASystemPropertyOfTheSameName() {
        Properties system = properties("migrate.url", "jdbc:h2:mem:system", "migrate.user", "sa", "java.home", "/jdk");
        Properties user = properties("migrate.url", "jdbc:h2:mem:user");
        assertThat(PassThrough.arguments(user, system)).containsExactly("--migrate.url=jdbc:h2:mem:user", "--migrate.user=sa");
        assertThat(PassThrough.isSet("migrate.user", user, system)).isTrue();
        assertThat(PassThrough.isSet("migrate.interactive", user, system)).isFalse();
    }

    private static Properties properties(String... namesAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }
}
