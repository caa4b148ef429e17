package dev.migrate.engine;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a status report: a migration file, a history row, or both.
 *
 * @param checksum the file's checksum, or the recorded one when the file is missing
 * @param appliedAt when it was applied (or failed); null when pending
 * @param executionMs how long it ran; null when pending
 * @param operations one line per operation; empty when the file is missing
 * @param failure the recorded error of a failed migration, else null
 * @param note what a squashed migration stands for ("replaces 3, all applied"), or which squashed
 *        migration replaces a {@link MigrationState#REPLACED} one; else null
 */
public record MigrationStatus(String id, MigrationState state, String checksum, @Nullable Instant appliedAt,
        @Nullable Long executionMs, List<String> operations, @Nullable String failure, @Nullable String note) {

    public MigrationStatus(String id, MigrationState state, String checksum, @Nullable Instant appliedAt,
            @Nullable Long executionMs, List<String> operations, @Nullable String failure) {
        this(id, state, checksum, appliedAt, executionMs, operations, failure, null);
    }
}
