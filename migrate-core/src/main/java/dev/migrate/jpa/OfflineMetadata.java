package dev.migrate.jpa;

import dev.migrate.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's boot metamodel for a set of entities, built for a given dialect without a database
 * connection, together with the service registry it lives in. Close it to release the registry.
 *
 * <pre>{@code
 * try (OfflineMetadata model = OfflineMetadata.forDialect(PostgreSQLDialect.class)
 *         .databaseVersion(15, 0)
 *         .entities(Book.class, Author.class)
 *         .build()) {
 *     Schema schema = model.readSchema();
 * }
 * }</pre>
 *
 * Columns are put in the order Hibernate's own schema export creates them in: its column ordering
 * strategy ({@code hibernate.column_ordering_strategy}, by default by size and then name, the
 * primary key's columns too) is applied once the metadata is built, which a SessionFactory
 * otherwise does only when it creates the schema itself. So do not build a SessionFactory that
 * creates the schema from this metadata: it would order the columns a second time.
 *
 * <p>The naming strategies default to Hibernate's {@link ImplicitNamingStrategyJpaCompliantImpl} and
 * {@link PhysicalNamingStrategySnakeCaseImpl}. A Spring Boot application names its tables with
 * {@code org.springframework.boot.hibernate.SpringImplicitNamingStrategy}: pass it (or its class
 * name) to get the names Boot's Hibernate will expect.
 */
public final class OfflineMetadata implements AutoCloseable {

    private final StandardServiceRegistry serviceRegistry;
    private final Metadata metadata;

    private OfflineMetadata(StandardServiceRegistry serviceRegistry, Metadata metadata) {
        this.serviceRegistry = serviceRegistry;
        this.metadata = metadata;
    }

    public static Builder forDialect(Class<? extends Dialect> dialect) {
        return new Builder(dialect.getName());
    }

    /** @param dialect a dialect class name, such as {@code org.hibernate.dialect.H2Dialect} */
    public static Builder forDialect(String dialect) {
        return new Builder(Objects.requireNonNull(dialect, "dialect"));
    }

    public Metadata metadata() {
        return metadata;
    }

    /** The registry the metadata was built in, for example to run Hibernate's schema tools on it. */
    public StandardServiceRegistry serviceRegistry() {
        return serviceRegistry;
    }

    public Schema readSchema() {
        return new HibernateSchemaReader().read(metadata);
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(serviceRegistry);
    }

    public static final class Builder {

        private final String dialect;
        private final Set<Class<?>> classes = new LinkedHashSet<>();
        private final List<String> packages = new ArrayList<>();
        private final Map<String, Object> settings = new LinkedHashMap<>();
        private @Nullable ClassLoader classLoader;
        private Object implicitNamingStrategy = ImplicitNamingStrategyJpaCompliantImpl.INSTANCE;
        private Object physicalNamingStrategy = new PhysicalNamingStrategySnakeCaseImpl();

        private Builder(String dialect) {
            this.dialect = dialect;
        }

        public Builder entities(Class<?>... entityClasses) {
            return entities(List.of(entityClasses));
        }

        /** Entities, embeddables, mapped superclasses and converters to map. */
        public Builder entities(Iterable<Class<?>> entityClasses) {
            entityClasses.forEach(classes::add);
            return this;
        }

        /** Packages whose mapped classes (and those of their sub-packages) are found on the class path. */
        public Builder packages(String... packageNames) {
            packages.addAll(List.of(packageNames));
            return this;
        }

        /**
         * The class loader for packages and class names; by default the thread's context class
         * loader, else the one that loaded this class.
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "classLoader");
            return this;
        }

        /**
         * The database version to generate for. Without a connection, each dialect otherwise assumes
         * its oldest supported version, which changes some types (MariaDB before 10.7 has no uuid).
         */
        public Builder databaseVersion(int major, int minor) {
            settings.put("jakarta.persistence.database-major-version", major);
            settings.put("jakarta.persistence.database-minor-version", minor);
            return this;
        }

        public Builder implicitNamingStrategy(ImplicitNamingStrategy strategy) {
            this.implicitNamingStrategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** @param className a class with a public no-argument constructor */
        public Builder implicitNamingStrategy(String className) {
            this.implicitNamingStrategy = Objects.requireNonNull(className, "className");
            return this;
        }

        public Builder physicalNamingStrategy(PhysicalNamingStrategy strategy) {
            this.physicalNamingStrategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** @param className a class with a public no-argument constructor */
        public Builder physicalNamingStrategy(String className) {
            this.physicalNamingStrategy = Objects.requireNonNull(className, "className");
            return this;
        }

        /** Any other Hibernate setting, applied last. */
        public Builder setting(String name, Object value) {
            settings.put(name, value);
            return this;
        }

        public OfflineMetadata build() {
            ClassLoader loader = classLoader != null ? classLoader
                    : Thread.currentThread().getContextClassLoader() != null
                            ? Thread.currentThread().getContextClassLoader() : Builder.class.getClassLoader();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                    .applySetting("hibernate.dialect", dialect)
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
                    .applySettings(settings)
                    .build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                classes.forEach(sources::addAnnotatedClass);
                for (String packageName : packages) {
                    EntityScanner.scan(loader, packageName).forEach(sources::addAnnotatedClass);
                }
                MetadataBuilder builder = sources.getMetadataBuilder()
                        .applyImplicitNamingStrategy(instance(implicitNamingStrategy, ImplicitNamingStrategy.class, loader))
                        .applyPhysicalNamingStrategy(instance(physicalNamingStrategy, PhysicalNamingStrategy.class, loader));
                MetadataImplementor metadata = (MetadataImplementor) builder.build();
                // Hibernate orders columns (by size, then name) only when a SessionFactory is about to
                // create the schema; we ask for it here, so tables are made as Hibernate would make them
                metadata.orderColumns(true);
                return new OfflineMetadata(registry, metadata);
            } catch (RuntimeException | Error e) {
                StandardServiceRegistryBuilder.destroy(registry);
                throw e;
            }
        }

        private static <T> T instance(Object strategy, Class<T> type, ClassLoader loader) {
            if (!(strategy instanceof String className)) {
                return type.cast(strategy);
            }
            try {
                Object created = Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
                if (!type.isInstance(created)) {
                    throw new IllegalArgumentException(className + " is not a " + type.getSimpleName());
                }
                return type.cast(created);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("Cannot create the " + type.getSimpleName() + " " + className, e);
            }
        }
    }
}
