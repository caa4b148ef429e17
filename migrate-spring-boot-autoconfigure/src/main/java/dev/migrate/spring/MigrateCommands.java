package dev.migrate.spring;

import dev.migrate.MigrateException;
import dev.migrate.diff.Questioner;
import dev.migrate.engine.MakeResult;
import dev.migrate.engine.MergeResult;
import dev.migrate.engine.MigrateOptions;
import dev.migrate.engine.Migration;
import dev.migrate.engine.PlannedMigration;
import dev.migrate.engine.Migrate;
import dev.migrate.engine.MigrationStatus;
import dev.migrate.engine.OnlineLint;
import dev.migrate.engine.SchemaDrift;
import dev.migrate.schema.Messages;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The commands, after Django's management commands. Each writes what it did to {@code out}, its
 * errors to {@code err}, and returns the process exit status: 0 done, 1 failed (or, for check,
 * changes found; for drift, differences found), 2 the command cannot run as asked.
 */
public class MigrateCommands {

    static final String MAKE_COMMAND = "./mvnw spring-boot:run -Dspring-boot.run.arguments=--migrate.command=make";

    private final Migrations migrations;
    private final MigrateProperties properties;
    private final Supplier<Optional<EntityModel>> entityModel;
    private final Supplier<Questioner> questioner;

    /**
     * @param entityModel builds the application's entity model (by starting its Hibernate) when it has one
     */
    public MigrateCommands(Migrations migrations, MigrateProperties properties,
            Supplier<Optional<EntityModel>> entityModel, Supplier<Questioner> questioner) {
        this.migrations = migrations;
        this.properties = properties;
        this.entityModel = entityModel;
        this.questioner = questioner;
    }

    public int run(MigrateProperties.Command command, PrintStream out, PrintStream err) {
        try {
            return switch (command) {
                case MAKE -> make(out, err);
                case MIGRATE -> migrate(out);
                case SHOW -> show(out);
                case SQL -> sql(out, err);
                case CHECK -> check(out, err);
                case PLAN -> plan(out);
                case REPAIR -> repair(out);
                case DRIFT -> drift(out);
                case SQUASH -> squash(out, err);
                case IMPORT_LIQUIBASE -> importLiquibase(out, err);
                case LINT -> lint(out);
            };
        } catch (MigrateException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private int make(PrintStream out, PrintStream err) {
        if (properties.isMerge() && properties.isEmpty()) {
            err.println("make writes a merge migration (--migrate.merge=true) or an empty one (--migrate.empty=true),"
                    + " not both");
            return 2;
        }
        if (properties.isMerge()) {
            MergeResult result = withQuestioner().makeMerge(properties.getName());
            (result.refused() ? err : out).println(result.report());
            return result.refused() ? 1 : 0;
        }
        if (properties.isEmpty()) {
            out.println(withQuestioner().makeEmpty(properties.getName()).report());
            return 0;
        }
        Optional<EntityModel> model = model(err);
        if (model.isEmpty()) {
            return 2;
        }
        if (model.get().problem() != null) {
            err.println(model.get().problem());
            return 1;
        }
        MakeResult result = withQuestioner().make(Migrations.readable(model.get()), model.get().renames(), properties.getName());
        out.println(result.report());
        return 0;
    }

    private Migrate withQuestioner() {
        return new Migrate(migrations.core().configuration().withQuestioner(questioner.get()));
    }

    private int migrate(PrintStream out) {
        List<String> adopted = migrations.adoptLiquibase();
        if (!adopted.isEmpty()) {
            out.println("Recorded " + adopted.size() + " migration" + (adopted.size() == 1 ? "" : "s") + " as applied"
                    + " without running them: Liquibase ran their changeSets on this database (" + adopted.get(0)
                    + (adopted.size() > 1 ? " to " + adopted.get(adopted.size() - 1) : "") + "; schema checked)");
        }
        out.println(migrations.migrate(commandOptions()).report());
        return 0;
    }

    private int importLiquibase(PrintStream out, PrintStream err) {
        if (properties.getChangelog() == null || properties.getChangelog().isBlank()) {
            err.println("import-liquibase needs the Liquibase master changelog: --migrate.changelog=classpath:"
                    + "db/changelog/db.changelog-master.xml (what spring.liquibase.change-log names), and the"
                    + " contexts the application ran with, if any: --migrate.changelog-contexts=prod");
            return 2;
        }
        List<java.nio.file.Path> written = migrations.importLiquibase();
        out.println("Imported " + properties.getChangelog() + ": " + written.size() + " migration"
                + (written.size() == 1 ? "" : "s") + ", one per changeSet, in " + migrations.sourceDir() + " ("
                + written.get(0).getFileName() + " to " + written.get(written.size() - 1).getFileName() + ").");
        out.println("Next: turn Liquibase off (spring.liquibase.enabled=false, or remove it), build and deploy. On"
                + " each database the start records the changeSets Liquibase ran there as applied, without running"
                + " them (checked against the live schema), and applies the others. Read the comments in the files:"
                + " they say what was kept as SQL, and why.");
        return 0;
    }

    private int squash(PrintStream out, PrintStream err) {
        if (properties.getTarget() == null || properties.getTarget().isBlank()) {
            err.println("squash needs the last migration to squash: --migrate.target=ID (and optionally"
                    + " --migrate.from=ID, the first migration when not set), one of " + migrations
                    .applicationMigrations().stream().map(Migration::id).collect(Collectors.joining(", ")));
            return 2;
        }
        if (migrations.core().configuration().sourceDir() == null) {
            err.println("squash needs migrate.source-dir to write into");
            return 2;
        }
        out.println(migrations.core().squash(properties.getFrom(), properties.getTarget(), properties.getName())
                .report());
        return 0;
    }

    private int plan(PrintStream out) {
        out.print(migrations.plan(commandOptions()).report());
        return 0;
    }

    /** The online-safety lint: one finding per risk, exit 1 when there is any (for CI). */
    private int lint(PrintStream out) {
        List<OnlineLint.Finding> findings = migrations.core().lint(properties.isLintAll());
        if (findings.isEmpty()) {
            out.println("Online safety: no findings in " + (properties.isLintAll() ? "any migration"
                    : "the pending migrations") + ".");
            return 0;
        }
        out.println("Online safety: " + findings.size() + " finding(s) in " + (properties.isLintAll()
                ? "the migrations" : "the pending migrations") + ":");
        findings.forEach(f -> out.println("  ! " + f.line()));
        return 1;
    }

    private int repair(PrintStream out) {
        List<String> done = migrations.repair();
        if (done.isEmpty()) {
            out.println("Nothing to repair.");
        }
        done.forEach(out::println);
        return 0;
    }

    /** A command may go back; the start-up never does. */
    private MigrateOptions commandOptions() {
        return new MigrateOptions(properties.getTarget(), true, properties.isAllowDataLoss(), properties.isFake(),
                properties.isFakeInitial(), properties.isPrune());
    }

    private int show(PrintStream out) {
        List<MigrationStatus> statuses = migrations.status();
        if (statuses.isEmpty()) {
            out.println("(no migrations)");
        }
        for (MigrationStatus status : statuses) {
            out.println(switch (status.state()) {
                case APPLIED -> "[X] " + status.id() + note(status);
                case PENDING -> "[ ] " + status.id() + note(status);
                case FAILED -> "[F] " + status.id() + "  (failed: " + Messages.oneLine(status.failure()) + ")";
                case MISSING -> "[X] " + status.id() + "  (applied, but its file is gone)";
                case CHANGED -> "[X] " + status.id() + "  (its file changed after it was applied)";
                case REPLACED -> "[X] " + status.id() + "  (" + status.note() + ")";
            });
        }
        return 0;
    }

    private static String note(MigrationStatus status) {
        return status.note() == null ? "" : "  (" + status.note() + ")";
    }

    private int sql(PrintStream out, PrintStream err) {
        String id = properties.getTarget();
        if (id == null || id.isBlank()) {
            err.println("sql needs the id of a migration: --migrate.target=ID, one of "
                    + migrations.applicationMigrations().stream().map(Migration::id).collect(Collectors.joining(", ")));
            return 2;
        }
        migrations.sql(id, properties.isBackwards()).forEach(statement -> out.println(
                statement.startsWith(PlannedMigration.Step.JAVA_PREFIX) ? statement : statement + ";"));
        return 0;
    }

    private int check(PrintStream out, PrintStream err) {
        Optional<EntityModel> model = model(err);
        if (model.isEmpty()) {
            return 2;
        }
        ModelComparison comparison = migrations.check(model.get());
        if (comparison.isUpToDate()) {
            out.println("No changes detected");
            return 0;
        }
        out.println(comparison.problem() != null ? "The entities cannot be written as a migration:"
                : "The entities have changes that no migration covers:");
        comparison.descriptions().forEach(change -> out.println("  - " + change));
        if (!comparison.unsupportedMapping()) {
            out.println("Write their migration with: " + MAKE_COMMAND);
        }
        return 1;
    }

    private int drift(PrintStream out) {
        SchemaDrift drift = migrations.drift();
        String applied = drift.appliedMigrations().size() + " applied migration"
                + (drift.appliedMigrations().size() == 1 ? "" : "s");
        if (drift.isNone()) {
            out.println("No drift: the database matches the " + applied);
            return 0;
        }
        out.println("Drift: the database differs from the " + applied + " in " + drift.differences().size()
                + (drift.differences().size() == 1 ? " way:" : " ways:"));
        drift.differences().forEach(line -> out.println("  - " + line));
        return 1;
    }

    private Optional<EntityModel> model(PrintStream err) {
        Optional<EntityModel> model = entityModel.get();
        if (model.isEmpty()) {
            err.println("This application has no JPA entities to compare (no EntityManagerFactory configured by "
                    + "Spring Boot), so there is nothing to make or check.");
        }
        return model;
    }
}
