package dev.migrate.introspect;

import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a column default, as a database shows it once its own decorations are removed, into a
 * {@link DefaultValue}. The column's type decides the kind of a literal, because databases store
 * {@code default '42'} on an integer column as the number 42.
 */
final class DefaultValues {

    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** SQL's niladic functions, which MariaDB writes with empty parentheses. */
    private static final Pattern NILADIC_CALL = Pattern.compile(
            "\\b(current_timestamp|current_date|current_time|localtimestamp|localtime)\\(\\)");
    private static final Set<DataType> NUMERIC_TYPES = EnumSet.of(DataType.BIGINT, DataType.INTEGER,
            DataType.SMALLINT, DataType.TINYINT, DataType.DECIMAL, DataType.FLOAT, DataType.DOUBLE);

    private DefaultValues() {
    }

    /**
     * @param text a quoted string literal, a number, true or false, NULL, or an expression; null
     *        or blank for no default
     */
    static @Nullable DefaultValue parse(@Nullable String text, DataType type) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("null")) {
            return null;
        }
        String trimmed = text.trim();
        Matcher quoted = QUOTED.matcher(trimmed);
        if (quoted.matches()) {
            String value = quoted.group(1).replace("''", "'");
            if (NUMERIC_TYPES.contains(type) && NUMBER.matcher(value).matches()) {
                return DefaultValue.numeric(normalizeNumber(value));
            }
            if (type == DataType.BOOLEAN && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
                return DefaultValue.bool(Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
            }
            return DefaultValue.string(value);
        }
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return DefaultValue.bool(Boolean.parseBoolean(trimmed.toLowerCase(Locale.ROOT)));
        }
        if (NUMBER.matcher(trimmed).matches()) {
            String number = normalizeNumber(trimmed);
            if (type == DataType.BOOLEAN && (number.equals("0") || number.equals("1"))) {
                return DefaultValue.bool(number.equals("1"));
            }
            return DefaultValue.numeric(number);
        }
        return DefaultValue.computed(normalizeExpression(trimmed));
    }

    /**
     * A quoted literal whose backslashes are escapes, as MariaDB shows every text default, written
     * as a standard one: {@code 'C:\\new'} is {@code 'C:\new'}. The escapes are read as MariaDB
     * reads them.
     */
    static String withoutBackslashEscapes(String quoted) {
        StringBuilder standard = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 == quoted.length()) {
                standard.append(c);
                continue;
            }
            char escaped = quoted.charAt(++i);
            switch (escaped) {
                case '0' -> standard.append('\0');
                case 'b' -> standard.append('\b');
                case 'n' -> standard.append('\n');
                case 'r' -> standard.append('\r');
                case 't' -> standard.append('\t');
                case 'Z' -> standard.append('\u001a');
                case '\'' -> standard.append("''");
                // what LIKE reads as escaped wildcards, a literal keeps whole
                case '%', '_' -> standard.append('\\').append(escaped);
                default -> standard.append(escaped);
            }
        }
        return standard.toString();
    }

    /**
     * The quoted part of a Unicode literal, as H2 shows a text with a control character
     * ({@code U&'two\000alines'}), written as a standard literal: {@code \XXXX} and
     * {@code \+XXXXXX} are code points in hexadecimal, {@code \\} is a backslash.
     *
     * @throws IntrospectionException for an escape that is none of these
     */
    static String withoutUnicodeEscapes(String quoted) {
        StringBuilder standard = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 == quoted.length()) {
                standard.append(c);
            } else if (quoted.charAt(i + 1) == '\\') {
                standard.append('\\');
                i++;
            } else {
                int digits = quoted.charAt(i + 1) == '+' ? 6 : 4;
                int start = digits == 6 ? i + 2 : i + 1;
                standard.appendCodePoint(codePoint(quoted, i, start, start + digits));
                i = start + digits - 1;
            }
        }
        return standard.toString();
    }

    /** The code point in hexadecimal from {@code start} to {@code end}, of the escape at {@code backslash}. */
    private static int codePoint(String quoted, int backslash, int start, int end) {
        int codePoint = 0;
        for (int i = start; i < end; i++) {
            char c = i < quoted.length() ? quoted.charAt(i) : ' ';
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                throw notAnEscape(quoted, backslash, "is not \\XXXX, \\+XXXXXX or \\\\ (XXXX hexadecimal digits)");
            }
            codePoint = codePoint << 4 | digit;
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw notAnEscape(quoted, backslash, "is no Unicode code point");
        }
        return codePoint;
    }

    private static IntrospectionException notAnEscape(String quoted, int backslash, String problem) {
        return new IntrospectionException("A column default reads as the Unicode literal U&" + quoted
                + ", whose escape at character " + (backslash + 1) + " " + problem);
    }

    /** {@code 2.50} and {@code 2.5} are the same default; MariaDB pads to the column's scale. */
    static String normalizeNumber(String number) {
        return new BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    /** Lower case and single spaces outside string literals; no empty parentheses after niladic functions. */
    static String normalizeExpression(String expression) {
        StringBuilder normalized = new StringBuilder();
        boolean inLiteral = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
                normalized.append(c);
            } else if (inLiteral) {
                normalized.append(c);
            } else if (Character.isWhitespace(c)) {
                if (normalized.length() > 0 && normalized.charAt(normalized.length() - 1) != ' ') {
                    normalized.append(' ');
                }
            } else {
                normalized.append(Character.toLowerCase(c));
            }
        }
        return NILADIC_CALL.matcher(normalized.toString().trim()).replaceAll("$1");
    }
}
