package dev.migrate.history;

import java.time.Instant;

/**
 * What the history table says about one migration.
 *
 * @param success whether it completed
 * @param operationsDone how many of its operations had completed; for a failed migration on a
 *        database without transactional DDL, the ones whose changes are in the database
 * @param failure the error of a failed migration, else null
 */
public record HistoryRow(String id, String checksum, Instant appliedAt, long executionMs, boolean success,
        int operationsDone, String failure) {
}
