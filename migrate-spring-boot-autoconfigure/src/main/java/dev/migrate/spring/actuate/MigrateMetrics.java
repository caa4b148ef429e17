package dev.migrate.spring.actuate;

import dev.migrate.spring.MigrateStartup;
import dev.migrate.spring.Migrations;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;

/**
 * What the start-up did, as gauges: migrations applied, time taken, and entity changes no
 * migration covers. They read what the start-up recorded; they do not query the database.
 */
public class MigrateMetrics implements MeterBinder {

    private final MigrateStartup startup;
    private final Migrations migrations;

    public MigrateMetrics(MigrateStartup startup, Migrations migrations) {
        this.startup = startup;
        this.migrations = migrations;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("migrate.startup.applied", startup, s -> s.applied().size())
                .description("Migrations applied while the application started").register(registry);
        TimeGauge.builder("migrate.startup.duration", startup, TimeUnit.MILLISECONDS, MigrateStartup::elapsedMs)
                .description("Time the start-up spent applying migrations").register(registry);
        Gauge.builder("migrate.model.changes", migrations, m -> m.pendingModelChanges().size())
                .description("Entity changes that no migration covers").register(registry);
    }
}
