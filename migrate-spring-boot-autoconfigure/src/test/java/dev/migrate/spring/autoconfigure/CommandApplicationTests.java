package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrate.spring.MigrateCommandRunner;
import dev.migrate.spring.MigrateCommands;
import dev.migrate.spring.MigrateProperties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A real SpringApplication run with --migrate.command: the command runs, the application's own work does not. */
@ExtendWith(OutputCaptureExtension.class)
class CommandApplicationTests {

    static final AtomicBoolean runnerRan = new AtomicBoolean();
    static final AtomicBoolean serviceCreated = new AtomicBoolean();
    static final AtomicInteger exitStatus = new AtomicInteger(-1);

    @Test
    void theCommandRunsAndTheApplicationExitsWithItsStatus(CapturedOutput output) {
        assertThatExceptionOfType(Exited.class).isThrownBy(() -> new SpringApplication(Application.class).run(
                "--migrate.command=show", "--migrate.locations=classpath:db/fixtures/books",
                "--spring.datasource.url=jdbc:h2:mem:command_app"));
        assertThat(exitStatus).hasValue(0);
        assertThat(output.getOut()).contains("[ ] 0001_initial");
        assertThat(runnerRan).as("the application's runner").isFalse();
        assertThat(serviceCreated).as("the application's beans are lazy").isFalse();
    }

    static class Exited extends RuntimeException {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
    static class Application {

        @Bean
        CommandLineRunner applicationWork() {
            return args -> runnerRan.set(true);
        }

        @Bean
        Object applicationService() {
            serviceCreated.set(true);
            return new Object();
        }

        @Bean
        MigrateCommandRunner migrateCommandRunner(MigrateCommands commands, MigrateProperties properties) {
            return new MigrateCommandRunner(commands, properties.getCommand(), status -> {
                exitStatus.set(status);
                throw new Exited(); // as System.exit, does not return
            });
        }
    }
}
