package dev.migrate.engine;

public enum MigrationState {
    /** Recorded as applied, with the same checksum as its file. */
    APPLIED,
    /** Its file exists and it has not been applied. */
    PENDING,
    /** Recorded as failed. */
    FAILED,
    /** Recorded as applied, but its file is gone. */
    MISSING,
    /** Recorded as applied, but its file's checksum differs from the recorded one. */
    CHANGED,
    /**
     * Recorded as applied and replaced by a squashed migration: its file is gone, or the squashed
     * migration stands for it. {@code migrate --prune} removes the row once its file is gone.
     */
    REPLACED
}
