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
    private final boolean creationOrder;

    /**
     * @param creationOrder whether the model's columns must be in the order Hibernate creates them
     *        in, because a migration may be written from it ({@code make}, {@code generate}); a
     *        comparison alone does not look at column order
     */
    public EntityModelIntegrator(Consumer<EntityModel> listener, boolean creationOrder) {
        this.listener = listener;
        this.creationOrder = creationOrder;
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        long start = System.nanoTime();
        EntityModel model = read(metadata, creationOrder);
        listener.accept(model.readIn((System.nanoTime() - start) / 1_000_000));
    }

    static EntityModel read(Metadata metadata, boolean creationOrder) {
        // Hibernate puts columns in creation order (its column ordering strategy) right after the
        // integrators, and only when it creates the schema itself; we ask for that order whenever a
        // file may be written from the model, as OfflineMetadata does. Ordering twice gives the same order.
        if (creationOrder && metadata instanceof MetadataImplementor implementor) {
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
