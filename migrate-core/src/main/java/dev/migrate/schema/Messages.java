package dev.migrate.schema;

import org.jspecify.annotations.Nullable;

/**
 * The two rules every message follows. A value a user supplied (a name, a type, a default, an
 * attribute's text) is quoted {@link #shorten shortened}, so a 100,000-character name does not fill
 * a log; a text from elsewhere (a database's error, with its "Detail:" and "Where:" lines) is
 * {@link #oneLine folded} to one line of bounded length where it is recorded or listed.
 */
public final class Messages {

    /** How many characters of a user-supplied value a message quotes. */
    public static final int VALUE_LIMIT = 60;

    /** How long a folded line may be, unless the caller says otherwise. */
    public static final int LINE_LIMIT = 1000;

    private Messages() {
    }

    /**
     * The value for a message: its first {@value #VALUE_LIMIT} characters and, when longer,
     * {@code "… (100000 characters)"}; control characters and lone surrogates as {@code \}{@code uXXXX},
     * so a message never holds a NUL or a line break of the user's.
     */
    public static String shorten(@Nullable String value) {
        return shorten(value, VALUE_LIMIT);
    }

    private static boolean isPrintable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #shorten(String)}, keeping up to {@code limit} characters. */
    public static String shorten(@Nullable String value, int limit) {
        if (value == null) {
            return "null";
        }
        int length = value.codePointCount(0, value.length());
        String kept = length <= limit ? value : value.substring(0, value.offsetByCodePoints(0, limit));
        if (length <= limit && isPrintable(kept)) {
            return kept;
        }
        StringBuilder text = new StringBuilder(kept.length() + 24);
        for (int i = 0; i < kept.length(); ) {
            int c = kept.codePointAt(i);
            if (Character.isISOControl(c) || c >= 0xD800 && c <= 0xDFFF) {
                text.append(String.format("\\u%04X", c));
            } else {
                text.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        if (length > limit) {
            text.append("… (").append(length).append(" characters)");
        }
        return text.toString();
    }

    /** The text on one line (every run of white space, line breaks included, one space), at most {@value #LINE_LIMIT} characters. */
    public static @Nullable String oneLine(@Nullable String text) {
        return oneLine(text, LINE_LIMIT);
    }

    /**
     * The text on one line, at most {@code limit} characters: longer text is cut and ends in
     * {@code "…"}. Null stays null.
     */
    public static @Nullable String oneLine(@Nullable String text, int limit) {
        if (text == null) {
            return null;
        }
        String folded = oneSpaced(text.strip());
        if (folded.length() <= limit) {
            return folded;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(folded.charAt(end - 1))) {
            end--;
        }
        return folded.substring(0, end) + "…";
    }

    /**
     * Every run of white space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage
     * return) as one space, without a regular expression: a replay describes every step with it.
     */
    public static String oneSpaced(String text) {
        return oneSpaced(text, Integer.MAX_VALUE);
    }

    /**
     * As {@link #oneSpaced(String)}, stopping once more than {@code limit} characters are made: the
     * start of the collapsed text (all of it, or more than {@code limit} characters of it), for a
     * description that shows only its start.
     */
    public static String oneSpaced(String text, int limit) {
        StringBuilder spaced = new StringBuilder(Math.min(text.length(), limit));
        boolean inSpace = false;
        for (int i = 0; i < text.length() && spaced.length() <= limit; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                inSpace = true;
            } else {
                if (inSpace) {
                    spaced.append(' ');
                    inSpace = false;
                }
                spaced.append(c);
            }
        }
        if (inSpace) {
            spaced.append(' ');
        }
        return spaced.toString();
    }
}
