package dev.migrate.oracle;

import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.testing.DatabaseKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.mapping.PersistentClass;

/**
 * The offline Hibernate models the oracle tests make migrations from: one per database kind and
 * entity package, built once per test run (and never closed: they live as long as the JVM) for the
 * Hibernate dialect and the database version we support (PostgreSQL 15, MariaDB 10.11, H2 2.4).
 */
final class OracleModels {

    /** Hibernate's setting for the order of columns in the tables it creates. */
    static final String COLUMN_ORDERING_STRATEGY = "hibernate.column_ordering_strategy";

    private record Key(DatabaseKind kind, String packageName, String columnOrder) {
    }

    private static final Map<Key, OfflineMetadata> MODELS = new ConcurrentHashMap<>();

    private OracleModels() {
    }

    static OfflineMetadata of(DatabaseKind kind, String packageName) {
        return of(kind, packageName, "default");
    }

    /** @param columnOrder Hibernate's column ordering strategy: "default" (by size, then name) or "legacy" */
    static OfflineMetadata of(DatabaseKind kind, String packageName, String columnOrder) {
        return MODELS.computeIfAbsent(new Key(kind, packageName, columnOrder), key -> builder(kind)
                .packages(packageName).setting(COLUMN_ORDERING_STRATEGY, columnOrder).build());
    }

    static String columnOrder(OfflineMetadata model) {
        return (String) model.serviceRegistry().requireService(ConfigurationService.class).getSettings()
                .get(COLUMN_ORDERING_STRATEGY);
    }

    static OfflineMetadata.Builder builder(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRES -> OfflineMetadata.forDialect(PostgreSQLDialect.class).databaseVersion(15, 0);
            case MARIADB -> OfflineMetadata.forDialect(MariaDBDialect.class).databaseVersion(10, 11);
            case H2 -> OfflineMetadata.forDialect(H2Dialect.class).databaseVersion(2, 4);
        };
    }

    /**
     * The entity classes of a model, to give a real SessionFactory the same mapping; in the order a
     * package scan finds them, since with the legacy column order a single table's subclass columns
     * come in the order the subclasses were given.
     */
    static List<Class<?>> entityClasses(OfflineMetadata model) {
        return model.metadata().getEntityBindings().stream().map(PersistentClass::getMappedClass)
                .<Class<?>>map(c -> c).sorted(Comparator.comparing(Class::getName)).toList();
    }
}
