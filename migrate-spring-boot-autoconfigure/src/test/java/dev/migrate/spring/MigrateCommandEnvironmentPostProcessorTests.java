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
