package dev.migrate.schema;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of tables, columns, constraints and sequences. They are case-insensitive, like unquoted
 * SQL identifiers, and kept in lower case; anything that is not a plain identifier is rejected, so
 * no name can ever smuggle SQL into a statement.
 */
public final class Identifiers {

    /** PostgreSQL's limit; MariaDB allows 64 and H2 more. */
    public static final int MAX_LENGTH = 63;

    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Identifiers() {
    }

    public static String require(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " name is missing");
        }
        if (!VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid " + what + " name '" + name
                    + "': use letters, digits and underscores, starting with a letter or underscore");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Invalid " + what + " name '" + name + "': longer than "
                    + MAX_LENGTH + " characters");
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
