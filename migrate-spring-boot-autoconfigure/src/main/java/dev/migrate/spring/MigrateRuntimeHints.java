package dev.migrate.spring;

import dev.migrate.xml.MigrationDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * What a native image needs for reading migration files, whatever the application's settings: the
 * XSD the files are validated against, the classes they are read into (the core's package-private
 * {@code dev.migrate.xml.Bindings} and its nested classes, which the core's reader makes with their
 * no-argument constructors and fills through their fields, guided by the fields' JAXB annotations),
 * and the files of the default location, {@code classpath:db/migrations}. Other locations and the
 * classes of Java data migrations depend on the application: {@link MigrationFilesAotProcessor}
 * registers those. Registered in {@code META-INF/spring/aot.factories}.
 */
public class MigrateRuntimeHints implements RuntimeHintsRegistrar {

    /** The classes migration files are read into, nested in one package-private class. */
    static final String BINDINGS = "dev.migrate.xml.Bindings";

    /** Where the files are read from unless migrate.locations says otherwise. */
    static final String DEFAULT_LOCATION = "classpath:db/migrations";

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        hints.resources().registerPattern(MigrationDocument.SCHEMA_RESOURCE.substring(1));
        registerLocation(hints, DEFAULT_LOCATION);
        registerBindings(hints, classLoader);
    }

    /**
     * The files directly inside a {@code classpath:} location (the only kind that is inside the
     * image; {@code filesystem:} and {@code file:} locations are read from disk at run time).
     *
     * @return whether the location was on the class path
     */
    static boolean registerLocation(RuntimeHints hints, String location) {
        String path = classPath(location);
        if (path == null) {
            return false;
        }
        hints.resources().registerPattern(path.isEmpty() ? "*.xml" : path + "/*.xml");
        return true;
    }

    /** The class path directory of a {@code classpath:} or {@code classpath*:} location, else null. */
    static @Nullable String classPath(String location) {
        String trimmed = location.trim();
        String path;
        if (trimmed.startsWith("classpath*:")) {
            path = trimmed.substring("classpath*:".length());
        } else if (trimmed.startsWith("classpath:")) {
            path = trimmed.substring("classpath:".length());
        } else {
            return null;
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static void registerBindings(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        if (!ClassUtils.isPresent(BINDINGS, classLoader)) {
            return;
        }
        Class<?> bindings = ClassUtils.resolveClassName(BINDINGS, classLoader);
        hints.reflection().registerType(bindings);
        // every element class, so that one added to the format is covered without a change here: the
        // reader reads their fields' annotations and generic types, sets the fields, calls the constructors
        for (Class<?> type : bindings.getDeclaredClasses()) {
            hints.reflection().registerType(type, MemberCategory.ACCESS_DECLARED_FIELDS,
                    MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
        }
    }
}
