package dev.migrate.spring.actuate;

import dev.migrate.engine.MigrationState;
import dev.migrate.engine.MigrationStatus;
import dev.migrate.spring.Migrations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DOWN when a migration failed or a file changed after it was applied: the schema is then not the
 * one the files describe. Pending migrations, missing files and entity changes are reported as
 * details but keep it UP. With drift checking on ({@code management.health.migrations.drift}),
 * also DOWN when the live database differs from its applied migrations, the differences (or why
 * the schema could not be read) in the {@code drift} detail.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final Migrations migrations;
    private final boolean drift;

    public MigrationsHealthIndicator(Migrations migrations) {
        this(migrations, false);
    }

    /** @param drift whether to compare the live database with its applied migrations at each check */
    public MigrationsHealthIndicator(Migrations migrations, boolean drift) {
        super("Cannot read the migration history");
        this.migrations = migrations;
        this.drift = drift;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<MigrationState, List<String>> byState = migrations.status().stream().collect(Collectors.groupingBy(
                MigrationStatus::state, Collectors.mapping(MigrationStatus::id, Collectors.toList())));
        boolean broken = byState.containsKey(MigrationState.FAILED) || byState.containsKey(MigrationState.CHANGED);
        Object driftDetail = null;
        if (drift) {
            try {
                List<String> differences = migrations.drift().differences();
                if (!differences.isEmpty()) {
                    driftDetail = differences;
                }
            } catch (RuntimeException e) {
                driftDetail = e.getMessage() != null ? e.getMessage() : e.toString();
            }
            broken |= driftDetail != null;
        }
        (broken ? builder.down() : builder.up())
                .withDetail("applied", byState.getOrDefault(MigrationState.APPLIED, List.of()).size())
                .withDetail("pending", byState.getOrDefault(MigrationState.PENDING, List.of()).size());
        for (MigrationState state : List.of(MigrationState.FAILED, MigrationState.CHANGED, MigrationState.MISSING)) {
            if (byState.containsKey(state)) {
                builder.withDetail(state.name().toLowerCase(Locale.ROOT), byState.get(state));
            }
        }
        if (!migrations.pendingModelChanges().isEmpty()) {
            builder.withDetail("pendingModelChanges", migrations.pendingModelChanges());
        }
        if (driftDetail != null) {
            builder.withDetail("drift", driftDetail);
        }
    }
}
