package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class MigrateCommandEnvironmentPostProcessorTests {

    private final MigrateCommandEnvironmentPostProcessor processor = new MigrateCommandEnvironmentPostProcessor();

    @Test
    void aCommandTurnsTheWebServerOffAndMakesBeansLazy() {
        MockEnvironment environment = new MockEnvironment().withProperty("migrate.command", "make")
                .withProperty("spring.main.web-application-type", "servlet")
                .withProperty("logging.level.root", "debug");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(environment.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
        assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
        assertThat(environment.getProperty("logging.level.root")).isEqualTo("debug");
    }

    /**
     * An application processed by Spring AOT keeps the kind of context it was processed as (its web
     * beans need a ServletContext): the web server is given no port instead.
     */
    @Test
    void aCommandInAnAotProcessedApplicationKeepsTheWebContextWithoutAPort() {
        MockEnvironment environment = new MockEnvironment().withProperty("migrate.command", "show")
                .withProperty("server.port", "8080");
        System.setProperty("spring.aot.enabled", "true");
        try {
            processor.postProcessEnvironment(environment, new SpringApplication());
        } finally {
            System.clearProperty("spring.aot.enabled");
        }
        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
        assertThat(environment.getProperty("server.port")).isEqualTo("-1");
        assertThat(environment.getProperty("management.server.port")).isEqualTo("-1");
        assertThat(environment.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
    }

    @Test
    void withoutACommandNothingChanges() {
        MockEnvironment environment = new MockEnvironment();
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
    }

    @Test
    void aDisabledStarterRunsNoCommand() {
        MockEnvironment environment = new MockEnvironment().withProperty("migrate.command", "make")
                .withProperty("migrate.enabled", "false");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.main.lazy-initialization")).isNull();
    }
}
