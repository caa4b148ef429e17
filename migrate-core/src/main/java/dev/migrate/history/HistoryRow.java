package dev.migrate.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the history table says about one migration.
 *
 * <p>A row read from the table keeps its {@code applied_at} as the text the database writes for it
 * and makes the {@link Instant} when asked: every start reads every row, and converting each in the
 * JDBC driver ({@code getTimestamp} goes through a calendar) was a sixth of a cold start with
 * nothing pending, for a value that only {@code show}, the endpoint and a few messages use.
 */
public final class HistoryRow {

    private final String id;
    private final String checksum;
    private final @Nullable String fileHash;
    private final @Nullable String appliedAtText;
    private volatile @Nullable Instant appliedAt;
    private final long executionMs;
    private final boolean success;
    private final int operationsDone;
    private final @Nullable String failure;

    /**
     * @param checksum the checksum of the file's normalized content
     * @param fileHash a hash of the file's bytes, so an unchanged file need not be parsed to be checked; null in
     *        rows written before the column existed
     * @param success whether it completed
     * @param operationsDone how many of its operations had completed; for a failed migration on a
     *        database without transactional DDL, the ones whose changes are in the database
     * @param failure the error of a failed migration, else null
     */
    public HistoryRow(String id, String checksum, @Nullable String fileHash, Instant appliedAt, long executionMs,
            boolean success, int operationsDone, @Nullable String failure) {
        this(id, checksum, fileHash, null, Objects.requireNonNull(appliedAt, "appliedAt"), executionMs, success,
                operationsDone, failure);
    }

    private HistoryRow(String id, String checksum, @Nullable String fileHash, @Nullable String appliedAtText,
            @Nullable Instant appliedAt, long executionMs, boolean success, int operationsDone,
            @Nullable String failure) {
        this.id = id;
        this.checksum = checksum;
        this.fileHash = fileHash;
        this.appliedAtText = appliedAtText;
        this.appliedAt = appliedAt;
        this.executionMs = executionMs;
        this.success = success;
        this.operationsDone = operationsDone;
        this.failure = failure;
    }

    /**
     * A row as read: {@code appliedAt} is the column's value cast to text by the database
     * ({@code 2026-11-27 17:57:14.498}; MariaDB's driver writes a fraction's leading zeros wrongly
     * when it formats one itself), a timestamp without time zone, which is an instant in the JVM's
     * time zone as the driver's {@code getTimestamp} reads it and {@link HistoryTable#insert} writes it.
     */
    static HistoryRow read(String id, String checksum, @Nullable String fileHash, String appliedAt,
            long executionMs, boolean success, int operationsDone, @Nullable String failure) {
        return new HistoryRow(id, checksum, fileHash, appliedAt, null, executionMs, success, operationsDone, failure);
    }

    public String id() {
        return id;
    }

    public String checksum() {
        return checksum;
    }

    public @Nullable String fileHash() {
        return fileHash;
    }

    public Instant appliedAt() {
        Instant at = appliedAt;
        if (at == null) {
            at = Timestamp.valueOf(Objects.requireNonNull(appliedAtText, "a row is made with one of the two"))
                    .toInstant();
            appliedAt = at;
        }
        return at;
    }

    public long executionMs() {
        return executionMs;
    }

    public boolean success() {
        return success;
    }

    public int operationsDone() {
        return operationsDone;
    }

    public @Nullable String failure() {
        return failure;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoryRow row && id.equals(row.id) && checksum.equals(row.checksum)
                && Objects.equals(fileHash, row.fileHash) && appliedAt().equals(row.appliedAt())
                && executionMs == row.executionMs && success == row.success && operationsDone == row.operationsDone
                && Objects.equals(failure, row.failure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, checksum, fileHash, appliedAt(), executionMs, success, operationsDone, failure);
    }

    @Override
    public String toString() {
        return "HistoryRow[id=" + id + ", checksum=" + checksum + ", fileHash=" + fileHash + ", appliedAt="
                + appliedAt() + ", executionMs=" + executionMs + ", success=" + success + ", operationsDone="
                + operationsDone + ", failure=" + failure + "]";
    }
}
