package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The hints a native image needs to read migration files. */
class MigrateRuntimeHintsTests {

    private final RuntimeHints hints = new RuntimeHints();
    private final ClassLoader classLoader = getClass().getClassLoader();

    MigrateRuntimeHintsTests() {
        new MigrateRuntimeHints().registerHints(hints, classLoader);
    }

    @Test
    void isRegisteredInAotFactories() {
        assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
                .load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(MigrateRuntimeHints.class);
    }

    @Test
    void theXsdAndTheFilesOfTheDefaultLocationAreResources() {
        assertThat(RuntimeHintsPredicates.resource().forResource("dev/migrate/xml/migration-1.0.xsd")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/migrations/0001_initial.xml")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/migrations/nested/0001_initial.xml"))
                .as("only the files directly inside the location are read").rejects(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/other/0001_initial.xml")).rejects(hints);
    }

    @Test
    void everyBindingClassCanBeMadeAndFilledReflectively() throws Exception {
        Class<?> bindings = Class.forName(MigrateRuntimeHints.BINDINGS);
        Class<?>[] nested = bindings.getDeclaredClasses();
        assertThat(nested).as("the element classes of the format").hasSizeGreaterThan(20);
        for (Class<?> type : nested) {
            assertThat(RuntimeHintsPredicates.reflection().onType(type).withMemberCategories(
                    MemberCategory.ACCESS_DECLARED_FIELDS, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
                    .as(type.getName()).accepts(hints);
            if (!type.isInterface()) {
                assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(type.getDeclaredConstructor()))
                        .as(type.getName()).accepts(hints);
            }
        }
        Class<?> migration = Class.forName(MigrateRuntimeHints.BINDINGS + "$MigrationXml");
        assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(migration.getDeclaredField("changes")))
                .accepts(hints);
    }

    @Test
    void classPathLocations() {
        assertThat(MigrateRuntimeHints.classPath("classpath:db/migrations")).isEqualTo("db/migrations");
        assertThat(MigrateRuntimeHints.classPath("classpath*:/db/migrations/")).isEqualTo("db/migrations");
        assertThat(MigrateRuntimeHints.classPath("filesystem:/srv/migrations")).isNull();
        assertThat(MigrateRuntimeHints.classPath("file:/srv/migrations")).isNull();
    }

    @Test
    void theApplicationsLocationsAndDataMigrationsFromTheFiles() throws Exception {
        List<String> locations = List.of("classpath:db/fixtures/aot", "filesystem:/srv/migrations");
        Set<String> classes = MigrationFilesAotProcessor.dataMigrations(locations, classLoader);
        assertThat(classes).containsExactly("dev.migrate.spring.fixtures.aot.FillTitles");

        RuntimeHints application = new RuntimeHints();
        MigrationFilesAotProcessor.register(application, locations, classes);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/fixtures/aot/0002_fill_titles.xml"))
                .accepts(application);
        assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(
                Class.forName("dev.migrate.spring.fixtures.aot.FillTitles").getConstructor())).accepts(application);
    }

    @Test
    void aBrokenFileCostsOnlyItsHints() {
        assertThat(MigrationFilesAotProcessor.dataMigrations(List.of("classpath:db/fixtures/broken"), classLoader))
                .isEmpty();
    }
}
