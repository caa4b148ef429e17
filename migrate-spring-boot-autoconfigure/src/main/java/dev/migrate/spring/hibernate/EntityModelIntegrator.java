package dev.migrate.spring.hibernate;

import dev.migrate.jpa.HibernateSchemaReader;
import dev.migrate.jpa.RenameHintsReader;
import dev.migrate.jpa.UnsupportedMappingException;
import dev.migrate.spring.EntityModel;
import java.util.function.Consumer;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Reads the entity model from the metadata of the application's own Hibernate bootstrap, so the
 * comparison costs no second bootstrap and sees exactly the managed types, naming strategies,
 * dialect and Bean Validation constraints Hibernate uses. Hibernate runs integrators (its own
 * Bean Validation one first) before its schema validation or export.
 */
public class EntityModelIntegrator implements Integrator {

    private final Consumer<EntityModel> listener;

    public EntityModelIntegrator(Consumer<EntityModel> listener) {
        this.listener = listener;
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        listener.accept(read(metadata));
    }

    static EntityModel read(Metadata metadata) {
        // Hibernate puts columns in creation order (its column ordering strategy) right after the
        // integrators, and only when it creates the schema itself; we read that order in every
        // case, as OfflineMetadata does. Ordering twice gives the same order.
        if (metadata instanceof MetadataImplementor implementor) {
            implementor.orderColumns(true);
        }
        int entities = metadata.getEntityBindings().size();
        try {
            return new EntityModel(new HibernateSchemaReader().read(metadata), new RenameHintsReader().read(metadata),
                    entities, null);
        } catch (UnsupportedMappingException e) {
            return EntityModel.unreadable(entities, String.valueOf(e.getMessage()));
        }
    }
}
