package dev.migrate.spring.hibernate;

import dev.migrate.spring.EntityModel;
import dev.migrate.spring.MigrateStartup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.util.ClassUtils;

/**
 * Registers {@link EntityModelIntegrator} with the EntityManagerFactory Spring Boot configures,
 * keeping any integrator provider the application set. When a command runs instead of the
 * application, turns Hibernate's schema tooling off: the database may be behind the entities.
 */
public class MigrateHibernatePropertiesCustomizer implements HibernatePropertiesCustomizer {

    static final String INTEGRATOR_PROVIDER = "hibernate.integrator_provider";

    private final Consumer<EntityModel> listener;
    private final MigrateStartup startup;
    private final boolean commandMode;
    private final boolean writesMigrations;

    /**
     * @param commandMode whether a command runs instead of the application
     * @param writesMigrations whether a migration may be written from the model (a command, or
     *        {@code model-changes=generate}): its columns are then read in creation order
     */
    public MigrateHibernatePropertiesCustomizer(Consumer<EntityModel> listener, MigrateStartup startup,
            boolean commandMode, boolean writesMigrations) {
        this.listener = listener;
        this.startup = startup;
        this.commandMode = commandMode;
        this.writesMigrations = writesMigrations;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        IntegratorProvider existing = existingProvider(properties.get(INTEGRATOR_PROVIDER));
        Integrator ours = new EntityModelIntegrator(listener, commandMode || writesMigrations);
        properties.put(INTEGRATOR_PROVIDER, (IntegratorProvider) () -> {
            List<Integrator> integrators = new ArrayList<>();
            if (existing != null) {
                integrators.addAll(existing.getIntegrators());
            }
            integrators.add(ours);
            return integrators;
        });
        if (commandMode) {
            properties.put("hibernate.hbm2ddl.auto", "none");
            properties.remove("jakarta.persistence.schema-generation.database.action");
            properties.remove("javax.persistence.schema-generation.database.action");
        } else {
            startup.expectModel();
        }
    }

    private static @Nullable IntegratorProvider existingProvider(@Nullable Object value) {
        if (value == null || value instanceof IntegratorProvider) {
            return (IntegratorProvider) value;
        }
        try {
            Class<?> type = value instanceof Class<?> c ? c
                    : ClassUtils.forName(value.toString(), ClassUtils.getDefaultClassLoader());
            return (IntegratorProvider) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new IllegalStateException("Cannot create the " + INTEGRATOR_PROVIDER + " " + value, e);
        }
    }
}
