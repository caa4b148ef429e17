package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.MigrateCommandRunner;
import dev.migrate.spring.fixtures.aot.FillTitles;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.javapoet.ClassName;

/**
 * Spring AOT run on an application with the starter, as Boot's process-aot goal runs it: the
 * conditions are evaluated once, here, and the hints are collected from every registrar and
 * processor in aot.factories.
 */
class AotProcessingTests {

    @Test
    void theCommandRunnerIsKeptWithoutACommandAtBuildTime() {
        AnnotationConfigApplicationContext context = processed();
        assertThat(context.getBeanFactory().getBeanNamesForType(MigrateCommandRunner.class, true, false))
                .as("a command can still be chosen at run time").hasSize(1);
    }

    @Test
    void hintsCoverTheXsdTheLocationsAndTheDataMigrations() throws Exception {
        RuntimeHints hints = hints(processed());
        assertThat(RuntimeHintsPredicates.resource().forResource("dev/migrate/xml/migration-1.0.xsd")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/migrations/0001_initial.xml")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/fixtures/aot/0001_initial.xml")).accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(FillTitles.class.getConstructor()))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(Class.forName("dev.migrate.xml.Bindings$MigrationXml")))
                .accepts(hints);
    }

    private DefaultGenerationContext generationContext;

    private AnnotationConfigApplicationContext processed() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.register(Application.class);
        TestPropertyValues.of("migrate.locations=classpath:db/migrations,classpath:db/fixtures/aot",
                "spring.datasource.url=jdbc:h2:mem:aot_processing").applyTo(context);
        generationContext = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get(Application.class)), new InMemoryGeneratedFiles());
        new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
        return context;
    }

    private RuntimeHints hints(AnnotationConfigApplicationContext context) {
        return generationContext.getRuntimeHints();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
    static class Application {
    }
}
