package dev.migrate.spring.actuate;

import dev.migrate.engine.MigrationState;
import dev.migrate.engine.MigrationStatus;
import dev.migrate.spring.DatabaseInfo;
import dev.migrate.spring.Migrations;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

/**
 * {@code /actuator/migrations}: every {@link Migrations} bean of the context and its parents, in
 * the shape of Spring Boot's {@code /actuator/flyway} (contexts, then beans, then the report).
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final ApplicationContext context;

    public MigrationsEndpoint(ApplicationContext context) {
        this.context = context;
    }

    @ReadOperation
    public ApplicationMigrations migrations() {
        Map<String, ContextMigrations> contexts = new LinkedHashMap<>();
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, MigrationsReport> beans = new TreeMap<>();
            target.getBeansOfType(Migrations.class, false, false)
                    .forEach((name, migrations) -> beans.put(name, MigrationsReport.of(migrations)));
            ApplicationContext parent = target.getParent();
            contexts.put(target.getId(), new ContextMigrations(beans, parent != null ? parent.getId() : null));
        }
        return new ApplicationMigrations(contexts);
    }

    /** The application's contexts by id. */
    public record ApplicationMigrations(Map<String, ContextMigrations> contexts) implements OperationResponseBody {
    }

    /** One context's {@link Migrations} beans by name. */
    public record ContextMigrations(Map<String, MigrationsReport> migrateBeans, String parentId) {
    }

    /**
     * One {@link Migrations} bean: its database, history table, every migration, the entity
     * changes no migration covers, and how the database differs from its applied migrations.
     */
    public record MigrationsReport(String database, String databaseVersion, String historyTable,
            List<MigrationDescriptor> migrations, List<String> pendingModelChanges, DriftReport drift) {

        static MigrationsReport of(Migrations migrations) {
            DatabaseInfo database = migrations.database();
            return new MigrationsReport(database.product(), database.version(), migrations.historyTable(),
                    migrations.status().stream().map(MigrationDescriptor::of).toList(),
                    migrations.pendingModelChanges(), DriftReport.of(migrations));
        }
    }

    /**
     * Drift, read from the database when the endpoint is read.
     *
     * @param differences one line per way the database differs from its applied migrations; empty
     *        when it matches, or when it could not be read
     * @param error why the database's schema could not be read (such as a column of a type the
     *        schema model cannot express), else null
     */
    public record DriftReport(List<String> differences, String error) {

        static DriftReport of(Migrations migrations) {
            try {
                return new DriftReport(migrations.drift().differences(), null);
            } catch (RuntimeException e) {
                return new DriftReport(List.of(), e.getMessage() != null ? e.getMessage() : e.toString());
            }
        }
    }

    /**
     * One migration.
     *
     * @param state APPLIED, PENDING, FAILED, MISSING (recorded but its file is gone) or CHANGED
     *        (its checksum differs from the recorded one)
     * @param operations one line per operation
     * @param failure the recorded error of a failed migration
     */
    public record MigrationDescriptor(String id, MigrationState state, String checksum, Instant appliedAt,
            Long executionTimeMs, List<String> operations, String failure) {

        static MigrationDescriptor of(MigrationStatus status) {
            return new MigrationDescriptor(status.id(), status.state(), status.checksum(), status.appliedAt(),
                    status.executionMs(), status.operations(), status.failure());
        }
    }
}
