package dev.migrate.spring.actuate;

import dev.migrate.engine.MigrationState;
import dev.migrate.engine.MigrationStatus;
import dev.migrate.schema.Messages;
import dev.migrate.spring.DatabaseInfo;
import dev.migrate.spring.Migrations;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

/**
 * {@code /actuator/migrations}: every {@link Migrations} bean of the context and its parents, in
 * the shape of Spring Boot's {@code /actuator/flyway} (contexts, then beans, then the report).
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    /** What stands in for what is not shown. */
    public static final String HIDDEN = "******";

    private static final Pattern SUMMARY = Pattern.compile("(Operation \\d+ of \\d+ \\()(.*?)(\\) failed: ).*", Pattern.DOTALL);
    private static final String SQL_OPERATION = "Run SQL: ";

    private final ApplicationContext context;
    private final Show showValues;

    /** An endpoint that never shows the database's error text or SQL. */
    public MigrationsEndpoint(ApplicationContext context) {
        this(context, Show.NEVER);
    }

    /**
     * @param showValues whether {@code failure} holds the database's own error (which may quote row
     *        data, as in "Failing row contains (...)") and operations the text of their SQL, as
     *        {@code management.endpoint.migrations.show-values} says; over JMX, {@code when-authorized}
     *        shows them, as Spring Boot's {@code env} endpoint does; null is {@code never}
     */
    public MigrationsEndpoint(ApplicationContext context, @Nullable Show showValues) {
        this.context = context;
        this.showValues = showValues == null ? Show.NEVER : showValues;
    }

    @ReadOperation
    public ApplicationMigrations migrations() {
        return migrations(showValues.isShown(true));
    }

    /** The report, with the database's error text and SQL shown or replaced by {@value #HIDDEN}. */
    public ApplicationMigrations migrations(boolean showValues) {
        Map<String, ContextMigrations> contexts = new LinkedHashMap<>();
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, MigrationsReport> beans = new TreeMap<>();
            target.getBeansOfType(Migrations.class, false, false)
                    .forEach((name, migrations) -> beans.put(name, MigrationsReport.of(migrations, showValues)));
            ApplicationContext parent = target.getParent();
            contexts.put(target.getId(), new ContextMigrations(beans, parent != null ? parent.getId() : null));
        }
        return new ApplicationMigrations(contexts);
    }

    /** The application's contexts by id. */
    public record ApplicationMigrations(Map<String, ContextMigrations> contexts) implements OperationResponseBody {
    }

    /** One context's {@link Migrations} beans by name. */
    public record ContextMigrations(Map<String, MigrationsReport> migrateBeans, @Nullable String parentId) {
    }

    /**
     * One {@link Migrations} bean: its database, history table, every migration, the entity
     * changes no migration covers, and how the database differs from its applied migrations.
     */
    public record MigrationsReport(String database, String databaseVersion, String historyTable,
            List<MigrationDescriptor> migrations, List<String> pendingModelChanges, DriftReport drift) {

        static MigrationsReport of(Migrations migrations, boolean showValues) {
            DatabaseInfo database = migrations.database();
            return new MigrationsReport(database.product(), database.version(), migrations.historyTable(),
                    migrations.status().stream().map(s -> MigrationDescriptor.of(s, showValues)).toList(),
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
    public record DriftReport(List<String> differences, @Nullable String error) {

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
     * @param state APPLIED, PENDING, FAILED, MISSING (recorded but its file is gone), CHANGED (its
     *        checksum differs from the recorded one) or REPLACED (recorded, and a squashed migration
     *        stands for it)
     * @param operations one line per operation
     * @param failure the recorded error of a failed migration, on one line; unless values are shown,
     *        the database's part of it is {@value MigrationsEndpoint#HIDDEN}
     */
    public record MigrationDescriptor(String id, MigrationState state, String checksum, @Nullable Instant appliedAt,
            @Nullable Long executionTimeMs, List<String> operations, @Nullable String failure) {

        static MigrationDescriptor of(MigrationStatus status, boolean showValues) {
            String failure = Messages.oneLine(status.failure());
            List<String> operations = status.operations();
            if (!showValues) {
                failure = hideDatabaseText(failure);
                operations = operations.stream().map(MigrationsEndpoint::hideSql).toList();
            }
            return new MigrationDescriptor(status.id(), status.state(), status.checksum(), status.appliedAt(),
                    status.executionMs(), operations, failure);
        }
    }

    /**
     * Keeps what migrate itself wrote ("Operation 2 of 3 (Make book.title not null) failed: ") and
     * hides what the database said, which may quote row data; progress notes ("running, or stopped
     * after operation 2 of 3") have no database text and stay.
     */
    static @Nullable String hideDatabaseText(@Nullable String failure) {
        if (failure == null || failure.startsWith("running, or stopped")) {
            return failure;
        }
        Matcher summary = SUMMARY.matcher(failure);
        if (!summary.matches()) {
            return HIDDEN;
        }
        return summary.group(1) + hideSql(summary.group(2)) + summary.group(3) + HIDDEN;
    }

    /** "Run SQL: update ..." shows the start of a statement, which may hold data. */
    static String hideSql(String description) {
        return description.startsWith(SQL_OPERATION) ? SQL_OPERATION + HIDDEN : description;
    }
}
