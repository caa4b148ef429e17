package dev.migrate.spring;

import dev.migrate.xml.MigrationDocument;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * What a native image needs for reading migration files, whatever the application's settings: the
 * XSD the files are validated against, the JAXB classes they are read into (the core's
 * package-private {@code dev.migrate.xml.Bindings} and its nested classes, whose fields and
 * constructors JAXB uses reflectively, and the {@code package-info} that carries the namespace),
 * the JAXB runtime's entry points, and the files of the default location,
 * {@code classpath:db/migrations}. Other locations and the classes of Java data migrations depend on
 * the application: {@link MigrationFilesAotProcessor} registers those. Registered in
 * {@code META-INF/spring/aot.factories}.
 */
public class MigrateRuntimeHints implements RuntimeHintsRegistrar {

    /** The core's JAXB classes, nested in one package-private class. */
    static final String BINDINGS = "dev.migrate.xml.Bindings";

    /** The package-level annotations ({@code @XmlSchema}: the namespace, qualified elements). */
    static final String XML_PACKAGE_INFO = "dev.migrate.xml.package-info";

    /** Where the files are read from unless migrate.locations says otherwise. */
    static final String DEFAULT_LOCATION = "classpath:db/migrations";

    private static final String[] JAXB_RUNTIME = { "org.glassfish.jaxb.runtime.v2.JAXBContextFactory",
            "org.glassfish.jaxb.runtime.v2.ContextFactory" };

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        hints.resources().registerPattern(MigrationDocument.SCHEMA_RESOURCE.substring(1));
        registerLocation(hints, DEFAULT_LOCATION);
        registerBindings(hints, classLoader);
        hints.resources().registerPattern("META-INF/services/jakarta.xml.bind.JAXBContextFactory");
        for (String type : JAXB_RUNTIME) {
            hints.reflection().registerTypeIfPresent(classLoader, type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
                    MemberCategory.INVOKE_PUBLIC_METHODS);
        }
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
    static String classPath(String location) {
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

    private static void registerBindings(RuntimeHints hints, ClassLoader classLoader) {
        if (!ClassUtils.isPresent(BINDINGS, classLoader)) {
            return;
        }
        Class<?> bindings = ClassUtils.resolveClassName(BINDINGS, classLoader);
        hints.reflection().registerType(bindings);
        // every element class, so that one added to the format is covered without a change here
        for (Class<?> type : bindings.getDeclaredClasses()) {
            hints.reflection().registerType(type, MemberCategory.ACCESS_DECLARED_FIELDS,
                    MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
        }
        if (ClassUtils.isPresent(XML_PACKAGE_INFO, classLoader)) {
            hints.reflection().registerType(ClassUtils.resolveClassName(XML_PACKAGE_INFO, classLoader));
        }
    }
}
