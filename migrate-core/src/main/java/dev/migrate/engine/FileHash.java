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
        int end = dash + 1 + hexDigits(64 - Long.numberOfLeadingZeros(crcs));
        return recorded.length() == end && recorded.charAt(dash) == '-' && isHex(recorded, 1, dash, length)
                && isHex(recorded, dash + 1, end, crcs);
    }

    /**
     * Whether the hexadecimal digits from {@code start} to {@code end} (at most 16) are {@code value}.
     * Written out: a start asks it for every file before anything is compiled, where the JDK's parser
     * costs more.
     */
    private static boolean isHex(String text, int start, int end, long value) {
        long read = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return false;
            }
            read = read << 4 | digit;
        }
        return read == value;
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
