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

    @Test
    void oneCatchHandlesThemAll() {
        try {
            throw new SchemaException("Column title already exists in book");
        } catch (MigrateException e) {
            assertThat(e).hasMessage("Column title already exists in book");
        }
    }
}
