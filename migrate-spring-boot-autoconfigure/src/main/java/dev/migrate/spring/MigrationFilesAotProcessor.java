package dev.migrate.spring;

import dev.migrate.engine.MigrationResource;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.Operation;
import dev.migrate.xml.MigrationReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * At build time (Spring AOT), what a native image needs from this application's migrations: the
 * files of each {@code classpath:} location in {@code migrate.locations} as resources, and the
 * classes that {@code <java class="...">} changes name, which the engine loads by name and, when no
 * bean of the class exists, makes with its public no-argument constructor. The locations are read
 * from the environment the build runs with (the application's own configuration files); a location
 * set only at run time needs its own resource hint. Registered in {@code META-INF/spring/aot.factories};
 * does nothing when the auto-configuration is off (no {@link Migrations} bean).
 */
class MigrationFilesAotProcessor implements BeanFactoryInitializationAotProcessor {

    private static final Log logger = LogFactory.getLog(MigrationFilesAotProcessor.class);

    @Override
    public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory.getBeanNamesForType(Migrations.class, true, false).length == 0
                || beanFactory.getBeanNamesForType(Environment.class, false, false).length == 0) {
            return null;
        }
        Environment environment = beanFactory.getBean(Environment.class);
        List<String> locations = Binder.get(environment).bind("migrate.locations", Bindable.listOf(String.class))
                .orElse(new MigrateProperties().getLocations());
        ClassLoader classLoader = beanFactory.getBeanClassLoader();
        Set<String> dataMigrations = dataMigrations(locations, classLoader);
        return (generationContext, code) -> register(generationContext.getRuntimeHints(), locations, dataMigrations);
    }

    static void register(RuntimeHints hints, List<String> locations, Set<String> dataMigrations) {
        for (String location : locations) {
            MigrateRuntimeHints.registerLocation(hints, location);
        }
        for (String className : dataMigrations) {
            hints.reflection().registerType(TypeReference.of(className), MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
        }
    }

    /** The classes the {@code <java>} changes of the files name, sorted; none when a file cannot be read. */
    static Set<String> dataMigrations(List<String> locations, @Nullable ClassLoader classLoader) {
        Set<String> classes = new TreeSet<>();
        List<MigrationResource> files = new ArrayList<>();
        List<String> onClassPath = locations.stream().filter(l -> MigrateRuntimeHints.classPath(l) != null).toList();
        try {
            files.addAll(new MigrationFiles(new PathMatchingResourcePatternResolver(classLoader)).find(onClassPath));
        } catch (RuntimeException e) {
            logger.warn("Cannot list the migration files for native image hints: " + e);
            return classes;
        }
        if (files.isEmpty()) {
            return classes;
        }
        MigrationReader reader = new MigrationReader();
        for (MigrationResource file : files) {
            try (InputStream in = file.open()) {
                for (Operation operation : reader.read(in, file.description()).operations()) {
                    if (operation instanceof JavaOperation java) {
                        classes.add(java.className());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the application's start reports a broken file; the build only lacks its hints
                logger.warn("Cannot read " + file.description() + " for native image hints: " + e);
            }
        }
        return classes;
    }
}
