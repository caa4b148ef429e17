package dev.migrate.spring;

import dev.migrate.diff.UnsupportedChangeException;
import dev.migrate.engine.MakeResult;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the entity model while Hibernate boots (before its schema validation) and acts on
 * migrate.model-changes: fail, warn, or write and apply the missing migration.
 */
public class ModelChangesHandler implements Consumer<EntityModel> {

    private static final Logger logger = LoggerFactory.getLogger(ModelChangesHandler.class);

    private final Migrations migrations;
    private final MigrateProperties properties;
    private final MigrateStartup startup;

    public ModelChangesHandler(Migrations migrations, MigrateProperties properties, MigrateStartup startup) {
        this.migrations = migrations;
        this.properties = properties;
        this.startup = startup;
    }

    /** Called by our integrator for the application's Hibernate bootstrap. */
    @Override
    public void accept(EntityModel model) {
        migrations.entityModel(model);
        if (properties.getCommand() != null) {
            return; // the command decides what to do with the model
        }
        long start = System.nanoTime();
        ModelComparison comparison = properties.getModelChanges() == MigrateProperties.ModelChanges.GENERATE
                ? generate(model)
                : compare(model, properties.getModelChanges() == MigrateProperties.ModelChanges.FAIL);
        migrations.modelComparison(comparison);
        startup.modelCompared(model.entities(), comparison, model.readMs() + (System.nanoTime() - start) / 1_000_000);
    }

    /** Compares with the application's migrations, logs the warnings, and fails on changes when asked to. */
    private ModelComparison compare(EntityModel model, boolean failOnChanges) {
        ModelComparison comparison = migrations.compareWithApplicationMigrations(model);
        comparison.warnings().forEach(warning -> logger.warn("Migrations: {}", warning));
        if (failOnChanges && !comparison.isUpToDate()) {
            throw new UncoveredModelChangesException(comparison);
        }
        return comparison;
    }

    /**
     * Writes the migration the entities need (one replay and one comparison, in make) and applies it,
     * with the other pending files of the source directory that are not on the class path yet.
     */
    private ModelComparison generate(EntityModel model) {
        if (model.problem() != null) {
            throw new UncoveredModelChangesException(ModelComparison.unsupportedMapping(model.problem()));
        }
        MakeResult made;
        try {
            made = migrations.core().make(Migrations.readable(model), model.renames(), null);
        } catch (UnsupportedChangeException e) {
            throw new UncoveredModelChangesException(new ModelComparison(List.of(), List.of(), String.valueOf(e.getMessage())));
        }
        if (!made.noChanges()) {
            logger.warn("Migrations: migrate.model-changes=generate wrote a migration; review it before you commit it.\n{}",
                    made.report());
        }
        made.warnings().forEach(warning -> logger.warn("Migrations: {}", warning));
        startup.migrated(migrations.migrate(migrations.developmentMigrations(), null));
        return new ModelComparison(List.of(), made.warnings(), null);
    }
}
