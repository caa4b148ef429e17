package dev.migrate.history;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the history rows from the one JSON text a database gives them in
 * ({@link dev.migrate.dialect.Dialect#rowsAsJsonQuery}): an array of arrays, each holding a row's
 * columns in {@link HistoryRow#read}'s order (strings, whole numbers, booleans and nulls), in
 * UTF-8 as the driver received it: in a cold JVM, a loop over bytes runs several times faster than
 * one over a string's characters, and the driver decodes no text. Only that shape is read; anything
 * else is an {@link IllegalStateException} naming where.
 */
final class HistoryJson {

    private final byte[] text;
    private int at;

    private HistoryJson(byte[] text) {
        this.text = text;
    }

    static Map<String, HistoryRow> rows(byte[] utf8) {
        return new HistoryJson(utf8).rows();
    }

    private Map<String, HistoryRow> rows() {
        Map<String, HistoryRow> rows = new LinkedHashMap<>();
        expect('[');
        if (!next(']')) {
            do {
                HistoryRow row = row();
                rows.put(row.id(), row);
            } while (next(','));
            expect(']');
        }
        skipSpace();
        if (at != text.length) {
            throw unexpected("the end");
        }
        return rows;
    }

    private HistoryRow row() {
        expect('[');
        String id = requiredString();
        expect(',');
        String checksum = requiredString();
        expect(',');
        String fileHash = string();
        expect(',');
        String appliedAt = requiredString();
        expect(',');
        long executionMs = number();
        expect(',');
        boolean success = bool();
        expect(',');
        long operationsDone = number();
        if (operationsDone != (int) operationsDone) {
            throw unexpected("a count of operations");
        }
        expect(',');
        String failure = string();
        expect(']');
        return HistoryRow.read(id, checksum, fileHash, appliedAt, executionMs, success, (int) operationsDone, failure);
    }

    private String requiredString() {
        String value = string();
        if (value == null) {
            throw unexpected("a string");
        }
        return value;
    }

    private @Nullable String string() {
        skipSpace();
        if (startsWith("null")) {
            at += 4;
            return null;
        }
        expect('"');
        StringBuilder value = null;
        int start = at;
        while (at < text.length) {
            byte b = text[at];
            if (b == '"') {
                String part = new String(text, start, at - start, StandardCharsets.UTF_8);
                at++;
                return value == null ? part : value.append(part).toString();
            }
            if (b == '\\') {
                value = value == null ? new StringBuilder() : value;
                value.append(new String(text, start, at - start, StandardCharsets.UTF_8));
                value.append(escaped());
                start = at;
            } else {
                at++;
            }
        }
        throw unexpected("the end of a string");
    }

    /** The character an escape stands for, the cursor on the backslash; leaves it after the escape. */
    private char escaped() {
        if (at + 1 >= text.length) {
            throw unexpected("an escape");
        }
        char c = (char) text[at + 1];
        at += 2;
        switch (c) {
            case '"', '\\', '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (at + 4 > text.length) {
                    throw unexpected("four hexadecimal digits");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text[at + i], 16);
                    if (digit < 0) {
                        throw unexpected("four hexadecimal digits");
                    }
                    code = code * 16 + digit;
                }
                at += 4;
                return (char) code;
            default:
                at -= 2;
                throw unexpected("an escape");
        }
    }

    private long number() {
        skipSpace();
        int start = at;
        boolean negative = at < text.length && text[at] == '-';
        if (negative) {
            at++;
        }
        long value = 0;
        int digits = 0;
        while (at < text.length && text[at] >= '0' && text[at] <= '9') {
            int digit = text[at] - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                at = start;
                throw unexpected("a number that fits in 64 bits");
            }
            value = value * 10 + digit;
            digits++;
            at++;
        }
        if (digits == 0 || at < text.length && (text[at] == '.' || text[at] == 'e' || text[at] == 'E')) {
            at = start;
            throw unexpected("a whole number");
        }
        return negative ? -value : value;
    }

    private boolean bool() {
        skipSpace();
        if (startsWith("true")) {
            at += 4;
            return true;
        }
        if (startsWith("false")) {
            at += 5;
            return false;
        }
        throw unexpected("true or false");
    }

    private void expect(char c) {
        if (!next(c)) {
            throw unexpected("'" + c + "'");
        }
    }

    /** Whether the next character but white space is {@code c}, going past it when it is. */
    private boolean next(char c) {
        skipSpace();
        if (at < text.length && text[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < text.length) {
            byte c = text[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private boolean startsWith(String word) {
        if (at + word.length() > text.length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private IllegalStateException unexpected(String expected) {
        return new IllegalStateException("Cannot read the history table's rows: expected " + expected
                + " at byte " + at + " of " + text.length);
    }
}
