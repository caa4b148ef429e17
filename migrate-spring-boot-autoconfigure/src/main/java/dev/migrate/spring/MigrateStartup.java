package dev.migrate.spring;

import dev.migrate.engine.MigrateResult;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * What the start-up did, and the one log line that tells a person. Migrations are applied before
 * the EntityManagerFactory and the entities are compared while Hibernate boots, so the line is
 * written once both have happened: after all singletons exist, or when Hibernate finishes later
 * (a background bootstrap).
 */
public class MigrateStartup implements SmartInitializingSingleton {

    private static final Logger logger = LoggerFactory.getLogger(MigrateStartup.class);

    private final List<String> applied = new ArrayList<>();
    private long elapsedMs;
    private int alreadyApplied;
    private boolean migrated;
    private boolean strategyRan;
    private @Nullable ModelComparison comparison;
    private int entities;
    private long comparisonMs;
    private boolean modelExpected;
    private boolean modelCompared;
    private boolean singletonsInstantiated;
    private boolean logged;

    /** The start-up applied these migrations (it may apply more when generating one). */
    public synchronized void migrated(MigrateResult result) {
        if (!migrated) {
            alreadyApplied = result.alreadyApplied();
        }
        migrated = true;
        applied.addAll(result.applied());
        elapsedMs += result.elapsedMs();
    }

    /**
     * A {@link MigrateMigrationStrategy} ran in place of applying the pending migrations; what it
     * applied through {@link Migrations#migrate} is not counted.
     */
    public synchronized void strategyRan() {
        strategyRan = true;
        migrated = true;
    }

    /** Hibernate will report the entity model (our integrator was registered). */
    public synchronized void expectModel() {
        modelExpected = true;
    }

    public synchronized void modelCompared(int entityCount, ModelComparison result, long elapsedMs) {
        this.entities = entityCount;
        this.comparisonMs = elapsedMs;
        this.comparison = result;
        this.modelCompared = true;
        if (singletonsInstantiated) {
            log();
        }
    }

    @Override
    public synchronized void afterSingletonsInstantiated() {
        singletonsInstantiated = true;
        if (!modelExpected || modelCompared) {
            log();
        }
    }

    public synchronized List<String> applied() {
        return List.copyOf(applied);
    }

    public synchronized long elapsedMs() {
        return elapsedMs;
    }

    private void log() {
        if (logged || !migrated) {
            return;
        }
        logged = true;
        String line = line();
        if (comparison == null || comparison.isUpToDate()) {
            logger.info(line);
        } else {
            logger.warn(line);
        }
    }

    /** The ids, or past ten of them their count, first and last (the core's lines say more: {@code RunLog}). */
    private String appliedIds() {
        return applied.size() <= 10 ? String.join(", ", applied)
                : applied.size() + " migrations, " + applied.get(0) + " to " + applied.get(applied.size() - 1) + ",";
    }

    synchronized String line() {
        StringBuilder text = new StringBuilder("Migrations: ");
        if (strategyRan && applied.isEmpty()) {
            text.append("the application's MigrateMigrationStrategy ran in place of applying the pending migrations; ");
        } else if (applied.isEmpty()) {
            text.append("nothing to apply (").append(alreadyApplied).append(" applied before), checked in ")
                    .append(elapsedMs).append(" ms; ");
        } else {
            text.append("applied ").append(appliedIds()).append(" in ").append(elapsedMs).append(" ms; ");
        }
        if (comparison == null) {
            text.append(modelExpected ? "the entities were not compared" : "no JPA entities to compare with");
        } else if (comparison.isUpToDate()) {
            text.append("the schema is up to date with the ").append(entities)
                    .append(entities == 1 ? " entity" : " entities").append(" (read and compared in ").append(comparisonMs)
                    .append(" ms)");
        } else if (comparison.problem() != null) {
            text.append("the entities cannot be compared with the migrations: ").append(comparison.problem());
        } else {
            int count = comparison.operations().size();
            text.append(count).append(count == 1 ? " entity change is" : " entity changes are")
                    .append(" not covered by any migration (").append(String.join("; ", comparison.descriptions()))
                    .append("): run the make command to write one");
        }
        return text.toString();
    }
}
