package dev.migrate.engine;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

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

    /**
     * Whether the history's text is this hash, read without writing this one out: a start asks it
     * of every file. An earlier version's SHA-256 text, or none, is not.
     */
    boolean matches(@Nullable String recorded) {
        if (recorded == null || recorded.length() < 4 || recorded.charAt(0) != 'c') {
            return false;
        }
        int dash = 1 + hexDigits(32 - Integer.numberOfLeadingZeros(length));
        if (recorded.length() != dash + 1 + hexDigits(64 - Long.numberOfLeadingZeros(crcs))
                || recorded.charAt(dash) != '-') {
            return false;
        }
        try {
            return Integer.parseUnsignedInt(recorded, 1, dash, 16) == length
                    && Long.parseUnsignedLong(recorded, dash + 1, recorded.length(), 16) == crcs;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** How many hexadecimal digits {@code toHexString} writes for a value of that many bits. */
    private static int hexDigits(int bits) {
        return Math.max(1, (bits + 3) / 4);
    }

    /** As the history records it. */
    @Override
    public String toString() {
        return "c" + Integer.toHexString(length) + "-" + Long.toHexString(crcs);
    }
}
