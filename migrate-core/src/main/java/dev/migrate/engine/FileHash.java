package dev.migrate.engine;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A hash of a migration file's bytes: their length and two CRCs (Castagnoli's and IEEE's), kept as
 * numbers (a start holds one per file) and written as the history's {@code file_hash}, such as
 * {@code c3b4-9f2e0c1a7d4b6e08}. It tells an unchanged file from a changed one cheaply; it is no
 * defence against a file made to collide, and need not be: the files are the application's own.
 */
record FileHash(int length, long crcs) {

    static FileHash of(byte[] content) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(content, 0, content.length);
        CRC32 ieee = new CRC32();
        ieee.update(content, 0, content.length);
        return new FileHash(content.length, castagnoli.getValue() << 32 | ieee.getValue());
    }

    /** As the history records it. */
    @Override
    public String toString() {
        return "c" + Integer.toHexString(length) + "-" + Long.toHexString(crcs);
    }
}
