package dev.migrate.engine;

import java.util.List;

/**
 * What a run of {@link Migrator#migrate} did.
 *
 * @param applied the ids applied by this run, in order
 * @param alreadyApplied how many migrations were applied before this run
 * @param elapsedMs the whole run's time, lock and history included
 */
public record MigrateResult(List<String> applied, int alreadyApplied, long elapsedMs) {
}
