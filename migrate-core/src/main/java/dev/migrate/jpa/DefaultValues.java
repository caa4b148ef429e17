package dev.migrate.jpa;

import dev.migrate.schema.DefaultValue;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Classifies the SQL fragment of {@code @ColumnDefault}: a quoted literal is a string, a number is
 * numeric, {@code true}/{@code false} are booleans, anything else is an expression sent as it is.
 */
final class DefaultValues {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    /** One quoted SQL literal, in which a quote is written twice. */
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private DefaultValues() {
    }

    /** The default of a column's SQL default, or null when it has none. */
    static @Nullable DefaultValue parse(@Nullable String sql) {
        if (sql == null) {
            return null;
        }
        String text = sql.trim();
        if (STRING_LITERAL.matcher(text).matches()) {
            return DefaultValue.string(text.substring(1, text.length() - 1).replace("''", "'"));
        }
        if (NUMBER.matcher(text).matches()) {
            return DefaultValue.numeric(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return DefaultValue.bool(Boolean.parseBoolean(lower));
        }
        return DefaultValue.computed(text);
    }
}
