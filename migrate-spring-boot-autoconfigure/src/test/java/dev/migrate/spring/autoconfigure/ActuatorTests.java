package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MigrationState;
import dev.migrate.spring.actuate.MigrateMetrics;
import dev.migrate.spring.actuate.MigrationsEndpoint;
import dev.migrate.spring.actuate.MigrationsEndpoint.DriftReport;
import dev.migrate.spring.actuate.MigrationsEndpoint.MigrationDescriptor;
import dev.migrate.spring.actuate.MigrationsEndpoint.MigrationsReport;
import dev.migrate.spring.actuate.MigrationsHealthIndicator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class ActuatorTests {

    private final ApplicationContextRunner runner = Runners.jpa(Runners.Books.class).withConfiguration(
            AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class,
                    MigrationsHealthContributorAutoConfiguration.class, MigrateMetricsAutoConfiguration.class));

    @Test
    void theEndpointExistsOnlyWhenExposed() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
    }

    @Test
    void theEndpointReportsEveryMigrationByContextAndBean() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations").run(context -> {
            var contexts = context.getBean(MigrationsEndpoint.class).migrations().contexts();
            assertThat(contexts).containsOnlyKeys(context.getId());
            MigrationsReport report = contexts.get(context.getId()).migrateBeans().get("migrations");
            assertThat(report.database()).isEqualTo("H2");
            assertThat(report.databaseVersion()).startsWith("2.");
            assertThat(report.historyTable()).isEqualTo("migrate_history");
            assertThat(report.pendingModelChanges()).isEmpty();
            MigrationDescriptor initial = report.migrations().get(0);
            assertThat(initial.id()).isEqualTo("0001_initial");
            assertThat(initial.state()).isEqualTo(MigrationState.APPLIED);
            assertThat(initial.checksum()).isNotBlank();
            assertThat(initial.appliedAt()).isNotNull();
            assertThat(initial.executionTimeMs()).isNotNegative();
            assertThat(initial.operations()).containsExactly("Create table book");
        });
    }

    @Test
    void theEndpointReadsDriftWhenItIsRead() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations").run(context -> {
            MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
            assertThat(report(endpoint, context).drift()).isEqualTo(new DriftReport(List.of(), null));

            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("alter table book add column isbn varchar(13)");
            assertThat(report(endpoint, context).drift()).isEqualTo(new DriftReport(
                    List.of("Column book.isbn is in the database but not in the migrations"), null));

            // a column the schema model cannot express: the section says so, the rest is still reported
            jdbc.execute("alter table book add column tags varchar(20) array");
            MigrationsReport report = report(endpoint, context);
            assertThat(report.migrations()).hasSize(1);
            assertThat(report.drift().differences()).isEmpty();
            assertThat(report.drift().error()).contains("Column book.tags has type");
        });
    }

    private static MigrationsReport report(MigrationsEndpoint endpoint, ApplicationContext context) {
        return endpoint.migrations().contexts().get(context.getId()).migrateBeans().get("migrations");
    }

    @Test
    void healthReportsDriftOnlyWhenAskedTo() {
        runner.run(context -> {
            context.getBean(JdbcTemplate.class).execute("alter table book add column isbn varchar(13)");
            Health health = context.getBean(MigrationsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).doesNotContainKey("drift");
        });
        runner.withPropertyValues("management.health.migrations.drift=true").run(context -> {
            MigrationsHealthIndicator indicator = context.getBean(MigrationsHealthIndicator.class);
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
            assertThat(indicator.health().getDetails()).doesNotContainKey("drift");

            context.getBean(JdbcTemplate.class).execute("alter table book add column isbn varchar(13)");
            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("applied", 1)
                    .containsEntry("drift", List.of("Column book.isbn is in the database but not in the migrations"));
        });
    }

    @Test
    void theEndpointReportsEntityChangesNoMigrationCovers() {
        Runners.jpa(Runners.DatedBooks.class)
                .withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=migrations",
                        "migrate.model-changes=warn", "spring.jpa.hibernate.ddl-auto=none")
                .run(context -> assertThat(context.getBean(MigrationsEndpoint.class).migrations().contexts()
                        .get(context.getId()).migrateBeans().get("migrations").pendingModelChanges())
                        .containsExactly("Add column published_date to book"));
    }

    @Test
    void healthIsDownWhenAnAppliedFileChanged() {
        runner.run(context -> {
            MigrationsHealthIndicator health = context.getBean("migrationsHealthIndicator",
                    MigrationsHealthIndicator.class);
            Health up = health.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("applied", 1);

            context.getBean(JdbcTemplate.class).update("update migrate_history set checksum = 'edited', file_hash = 'edited'");
            Health down = health.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsKey("changed");
        });
    }

    @Test
    void healthIndicatorCanBeDisabled() {
        runner.withPropertyValues("management.health.migrations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
    }

    @Test
    void metricsTellWhatTheStartUpDid() {
        runner.run(context -> {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            context.getBean(MigrateMetrics.class).bindTo(registry);
            assertThat(registry.get("migrate.startup.applied").gauge().value()).isEqualTo(1.0);
            assertThat(registry.get("migrate.startup.duration").timeGauge().value()).isNotNegative();
            assertThat(registry.get("migrate.model.changes").gauge().value()).isZero();
        });
    }

    private static final String FAILURE = "Operation 2 of 2 (Make book.title not null) failed: ERROR: new row for"
            + " relation \"book\" violates check constraint\n  Detail: Failing row contains (1, null, SECRET-DATA-42).";

    private static String failureShown(org.springframework.context.ApplicationContext context, Boolean web) {
        context.getBean(JdbcTemplate.class).update("delete from migrate_history where id = '0002_broken'");
        context.getBean(JdbcTemplate.class).update("insert into migrate_history (id, checksum, file_hash, applied_at,"
                + " execution_ms, success, operations_done, failure) values ('0002_broken', 'c', 'h', current_timestamp,"
                + " 1, false, 0, ?)", FAILURE);
        MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
        var result = web == null ? endpoint.migrations()
                : context.getBean(dev.migrate.spring.actuate.MigrationsEndpointWebExtension.class)
                        .migrations(web ? authorized() : org.springframework.boot.actuate.endpoint.SecurityContext.NONE);
        return result.contexts().get(context.getId()).migrateBeans().get("migrations").migrations().stream()
                .filter(m -> m.id().equals("0002_broken")).findFirst().orElseThrow().failure();
    }

    private static org.springframework.boot.actuate.endpoint.SecurityContext authorized() {
        return new org.springframework.boot.actuate.endpoint.SecurityContext() {
            @Override
            public java.security.Principal getPrincipal() {
                return () -> "admin";
            }

            @Override
            public boolean isUserInRole(String role) {
                return role.equals("ADMIN");
            }
        };
    }

    @Test
    void theDatabaseErrorIsHiddenByDefault() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations").run(context -> {
            String failure = failureShown(context, null);
            assertThat(failure).isEqualTo("Operation 2 of 2 (Make book.title not null) failed: ******");
            assertThat(failureShown(context, true)).doesNotContain("SECRET");
        });
    }

    @Test
    void theDatabaseErrorIsShownOnOneLineWhenAsked() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations",
                "management.endpoint.migrations.show-values=always").run(context -> assertThat(
                        failureShown(context, null)).isEqualTo("Operation 2 of 2 (Make book.title not null) failed:"
                                + " ERROR: new row for relation \"book\" violates check constraint Detail: Failing"
                                + " row contains (1, null, SECRET-DATA-42)."));
    }

    @Test
    void whenAuthorizedShowsTheDatabaseErrorToAUserInARole() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations",
                "management.endpoint.migrations.show-values=when-authorized",
                "management.endpoint.migrations.roles=ADMIN").run(context -> {
                    assertThat(failureShown(context, true)).contains("SECRET-DATA-42");
                    assertThat(failureShown(context, false)).endsWith("failed: ******");
                });
    }
}
