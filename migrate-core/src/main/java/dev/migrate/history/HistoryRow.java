package dev.migrate.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the history table says about one migration.
 *
 * @param checksum the checksum of the file's normalized content
 * @param fileHash a hash of the file's bytes, so an unchanged file need not be parsed to be checked; null in
 *        rows written before the column existed
 * @param success whether it completed
 * @param operationsDone how many of its operations had completed; for a failed migration on a
 *        database without transactional DDL, the ones whose changes are in the database
 * @param failure the error of a failed migration, else null
 */
public record HistoryRow(String id, String checksum, @Nullable String fileHash, Instant appliedAt, long executionMs,
        boolean success, int operationsDone, @Nullable String failure) {
}
