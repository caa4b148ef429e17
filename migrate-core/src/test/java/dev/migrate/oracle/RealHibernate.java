package dev.migrate.oracle;

import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate itself, started over a live test database with a real JDBC connection: the dialect
 * and its version come from the connection, the entities, naming strategies and column ordering
 * strategy from the offline model the migrations were made from.
 */
final class RealHibernate {

    private RealHibernate() {
    }

    /** Starts and closes a SessionFactory with {@code hbm2ddl.auto=validate}; throws when the schema does not fit. */
    static void validate(TestDatabase database, OfflineMetadata model) {
        validate(database, model, factory -> {
        });
    }

    /** Validates, then lets {@code use} work with the SessionFactory before it is closed. */
    static void validate(TestDatabase database, OfflineMetadata model, Consumer<SessionFactory> use) {
        start(database, model, Map.of("hibernate.hbm2ddl.auto", "validate"), use);
    }

    /** Has Hibernate create the schema of the model in the (empty) database, as its own schema export does. */
    static void create(TestDatabase database, OfflineMetadata model) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.schema-generation.database.action", "create");
        // without it a failed create statement is only logged
        settings.put("hibernate.hbm2ddl.halt_on_error", true);
        if (database.kind() == DatabaseKind.H2) {
            // DAY (the zoo's feeding.day) is a reserved word in H2 2.x that Hibernate 7.2's H2 dialect
            // leaves unquoted, so without this Hibernate cannot create the zoo on H2 at all
            settings.put("hibernate.auto_quote_keyword", true);
        }
        start(database, model, settings, factory -> {
        });
    }

    private static void start(TestDatabase database, OfflineMetadata model, Map<String, Object> settings,
            Consumer<SessionFactory> use) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(OracleModels.COLUMN_ORDERING_STRATEGY, OracleModels.columnOrder(model))
                .applySetting("jakarta.persistence.jdbc.url", database.url())
                .applySetting("jakarta.persistence.jdbc.user", database.user())
                .applySetting("jakarta.persistence.jdbc.password", database.password())
                .applySetting("hibernate.connection.pool_size", 2)
                .applySettings(settings)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            OracleModels.entityClasses(model).forEach(sources::addAnnotatedClass);
            try (SessionFactory factory = sources.getMetadataBuilder()
                    .applyImplicitNamingStrategy(ImplicitNamingStrategyJpaCompliantImpl.INSTANCE)
                    .applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl())
                    .build().buildSessionFactory()) {
                use.accept(factory);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
