package dev.migrate.engine;

import java.util.List;

/**
 * What a {@code migrate} run with the same arguments would do, in order, with the SQL for the
 * connected database (Django's {@code migrate --plan}, Liquibase's {@code updateSQL}).
 *
 * @param findings what the online-safety lint says of the migrations to apply ({@link OnlineLint})
 */
public record MigrationPlan(List<PlannedMigration> migrations, List<OnlineLint.Finding> findings) {

    public MigrationPlan {
        migrations = List.copyOf(migrations);
        findings = List.copyOf(findings);
    }

    public MigrationPlan(List<PlannedMigration> migrations) {
        this(migrations, List.of());
    }

    /** The same plan with the lint's findings. */
    public MigrationPlan withFindings(List<OnlineLint.Finding> newFindings) {
        return new MigrationPlan(migrations, newFindings);
    }

    public boolean isEmpty() {
        return migrations.isEmpty();
    }

    /** For people: each migration, then each step and its statements. */
    public String report() {
        if (migrations.isEmpty()) {
            return "No migrations to apply or unapply.";
        }
        StringBuilder text = new StringBuilder("Planned:\n");
        for (PlannedMigration planned : migrations) {
            text.append(planned.backwards() ? "  Unapply " : "  Apply ").append(planned.migration().id())
                    .append(planned.fake() ? " (fake: only the history table changes)" : "").append('\n');
            for (PlannedMigration.Step step : planned.steps()) {
                text.append("    - ").append(step.description()).append('\n');
                if (!planned.fake()) {
                    step.sql().forEach(sql -> text.append("        ").append(sql).append(";\n"));
                    if (step.java() != null) {
                        text.append("        ").append(step.script().get(step.script().size() - 1)).append('\n');
                    }
                }
            }
        }
        if (!findings.isEmpty()) {
            text.append("Online safety (on a busy database):\n");
            findings.forEach(f -> text.append("  ! ").append(f.line()).append('\n'));
        }
        return text.toString();
    }
}
