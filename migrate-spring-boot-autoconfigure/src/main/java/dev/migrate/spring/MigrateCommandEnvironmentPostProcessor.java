package dev.migrate.spring;

import java.util.Map;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * When migrate.command is set, the application runs the command instead of itself: no web server,
 * and lazy beans, so that only what the command needs is created (the DataSource and, for make and
 * check, Hibernate). Quieter logs and no banner keep the command's output readable; the
 * application's own settings win for those two.
 *
 * <p>This runs when the application runs, also in an application processed by Spring AOT (a native
 * image), so the command is chosen at run time there too. Such an application's bean definitions
 * were fixed at build time for the kind of application it was then (a servlet web application, for
 * most): turning it into a non-web one would leave the web beans without the ServletContext they
 * need. There the web application context stays and its server is given no port
 * ({@code server.port=-1}, and the same for a separate management server): nothing listens.
 */
class MigrateCommandEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!StringUtils.hasText(environment.getProperty("migrate.command"))
                || !environment.getProperty("migrate.enabled", Boolean.class, true)) {
            return;
        }
        Map<String, Object> command = AotDetector.useGeneratedArtifacts()
                ? Map.of("server.port", "-1", "management.server.port", "-1",
                        "spring.main.lazy-initialization", "true")
                : Map.of("spring.main.web-application-type", "none", "spring.main.lazy-initialization", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("migrateCommand", command));
        environment.getPropertySources().addLast(new MapPropertySource("migrateCommandDefaults", Map.of(
                "spring.main.banner-mode", "off",
                "logging.level.root", "warn")));
    }

    /** After the application's configuration files are read, where migrate.command may be set. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
