package dev.migrate.engine;

import dev.migrate.engine.Migrator.Log;
import java.util.List;

/**
 * The log lines of one run. A run of up to {@value #EACH_AT_INFO} migrations (a deploy's usual few)
 * logs a line for each at INFO, as Flyway and Liquibase do. A longer run (a new database: tests,
 * CI, a new environment) logs one line before and one after, a line for each migration that took
 * {@value #SLOW_MS} ms or more, and a progress line every {@value #PROGRESS_SECONDS} seconds; every
 * migration's own line is at DEBUG. Hundreds of lines cost a start more than the migrations'
 * own work in the JVM (a line is formatted and written while the connection waits), and say
 * no more than two. The {@code migrate} command prints every migration whichever way.
 */
final class RunLog {

    /** As many ids as the start-up's summary line lists by name. */
    static final int EACH_AT_INFO = 10;
    static final long SLOW_MS = 1000;
    static final long PROGRESS_SECONDS = 10;
    private static final String MIGRATION_LINE = "{} migration {}{} ({} operations) in {} ms";

    private final List<PlannedMigration> planned;
    private final boolean eachAtInfo;
    private final String verb;
    private final long start = System.nanoTime();
    private long lastProgress = start;
    private int done;

    private RunLog(List<PlannedMigration> planned) {
        this.planned = planned;
        this.eachAtInfo = planned.size() <= EACH_AT_INFO;
        this.verb = planned.get(0).backwards() ? "Unapplied" : "Applied";
    }

    /** Starts the log of a run of these migrations (at least one), in the order they run. */
    static RunLog of(List<PlannedMigration> planned) {
        RunLog log = new RunLog(planned);
        if (!log.eachAtInfo) {
            Log.logger.info("{} {} migrations, {} to {} (each migration's line is at DEBUG, and at INFO when it takes"
                    + " {} ms or more)", planned.get(0).backwards() ? "Unapplying" : "Applying", planned.size(),
                    planned.get(0).migration().id(), planned.get(planned.size() - 1).migration().id(), SLOW_MS);
        }
        return log;
    }

    /** The next migration has run, taking {@code ms}. */
    void ran(PlannedMigration migration, long ms) {
        done++;
        Object[] line = {verb, migration.migration().id(), migration.fake() ? " (fake)" : "", migration.steps().size(),
            ms};
        if (eachAtInfo || ms >= SLOW_MS) {
            Log.logger.info(MIGRATION_LINE, line);
        } else {
            Log.logger.debug(MIGRATION_LINE, line);
        }
        long now = System.nanoTime();
        if (!eachAtInfo && done < planned.size() && now - lastProgress >= PROGRESS_SECONDS * 1_000_000_000L) {
            lastProgress = now;
            Log.logger.info("{} {} of {} migrations so far, the last {}, in {} ms", verb, done, planned.size(),
                    migration.migration().id(), millisSinceStart());
        }
    }

    /** The run stopped at the next migration; what ran before it is said, its failure is the caller's to report. */
    void stopped() {
        if (!eachAtInfo) {
            Log.logger.info("{} {} of {} migrations{}, in {} ms; {} did not complete", verb, done, planned.size(),
                    done == 0 ? "" : ", up to " + planned.get(done - 1).migration().id(), millisSinceStart(),
                    planned.get(done).migration().id());
        }
    }

    /** Every migration has run. */
    void finished() {
        if (!eachAtInfo) {
            Log.logger.info("{} {} migrations, {} to {}, in {} ms", verb, planned.size(),
                    planned.get(0).migration().id(), planned.get(planned.size() - 1).migration().id(),
                    millisSinceStart());
        }
    }

    private long millisSinceStart() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
