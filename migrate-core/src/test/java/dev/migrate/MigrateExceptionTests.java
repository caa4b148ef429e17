package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.diff.UnsupportedChangeException;
import dev.migrate.engine.MigrationException;
import dev.migrate.engine.MigrationLoadException;
import dev.migrate.engine.MigrationStateException;
import dev.migrate.introspect.IntrospectionException;
import dev.migrate.jpa.UnsupportedMappingException;
import dev.migrate.schema.SchemaException;
import dev.migrate.xml.MigrationFileException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Callers catch one type for every error of the library's own. */
class MigrateExceptionTests {

    @Test
    void everyLibraryExceptionIsAMigrateException() {
        assertThat(MigrateException.class.getSuperclass()).isEqualTo(RuntimeException.class);
        for (Class<?> type : new Class<?>[] { MigrationException.class, MigrationStateException.class,
                MigrationLoadException.class, MigrationFileException.class, UnsupportedMappingException.class,
                UnsupportedChangeException.class, IntrospectionException.class, SchemaException.class }) {
            assertThat(type).isAssignableTo(MigrateException.class);
        }
    }

    /** Not only the ones listed above: every public exception class in the core's classes. */
    @Test
    void everyPublicExceptionClassOfTheCoreIsAMigrateException() throws Exception {
        Path classes = Path.of(MigrateException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> exceptions;
        try (Stream<Path> files = Files.walk(classes)) {
            exceptions = files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("package-info.class"))
                    .<Class<?>>map(f -> load(f.substring(0, f.length() - ".class".length()).replace(java.io.File.separatorChar, '.')))
                    .filter(type -> Throwable.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers()))
                    .toList();
        }
        assertThat(exceptions).hasSizeGreaterThanOrEqualTo(9).allMatch(MigrateException.class::isAssignableFrom);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MigrateException.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneCatchHandlesThemAll() {
        try {
            throw new SchemaException("Column title already exists in book");
        } catch (MigrateException e) {
            assertThat(e).hasMessage("Column title already exists in book");
        }
    }
}
