package dev.migrate.schema;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Names of tables, columns, constraints and sequences. They are case-insensitive, like the unquoted
 * names Hibernate writes, and kept in lower case ({@link Locale#ROOT}).
 *
 * <p>Any name a database can store is accepted: {@code outer$inner}, {@code 入职日期},
 * {@code order-lines}, even {@code a"b}. Dialects quote every name and escape the quote character
 * inside it, so no name can leave its quotes; each dialect refuses, with its reason, what its
 * database cannot store (PostgreSQL: more than 63 bytes; MariaDB: more than 64 characters,
 * characters beyond U+FFFF; H2: more than 256 characters). Refused here, whatever the database, is
 * only what no migration file can hold:
 * <ul>
 * <li>an empty name;</li>
 * <li>a character XML 1.0 cannot carry: U+0000 (which PostgreSQL and MariaDB cannot store either)
 * and the other control characters below U+0020 except tab, line feed and carriage return, a lone
 * surrogate, U+FFFE and U+FFFF;</li>
 * <li>a comma, which separates the names in a file's column lists;</li>
 * <li>white space at the start or end, which the reader strips from the names in those lists
 * (and MariaDB refuses at the end).</li>
 * </ul>
 */
public final class Identifiers {

    /**
     * PostgreSQL's limit, in UTF-8 bytes: 63 bytes are 63 ASCII characters, 21 Chinese ones. A name
     * of at most this many bytes can be stored by every supported database (MariaDB allows 64
     * characters, H2 256).
     */
    public static final int MAX_LENGTH = 63;

    private Identifiers() {
    }

    /**
     * The name in lower case.
     *
     * @param what what the name is for ("table", "column"), for the message
     * @throws IllegalArgumentException when the name is missing or no migration file can hold it
     */
    public static String require(@Nullable String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " name is missing");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!isXmlCharacter(c)) {
                throw new IllegalArgumentException("Invalid " + what + " name '" + printable(name) + "': "
                        + String.format("U+%04X", c) + " cannot be written in a migration file"
                        + (c == 0 ? ", nor stored by PostgreSQL or MariaDB" : ""));
            }
            if (c == ',') {
                throw new IllegalArgumentException("Invalid " + what + " name '" + printable(name)
                        + "': a comma separates the names in a migration file's column lists");
            }
            i += Character.charCount(c);
        }
        if (Character.isWhitespace(name.codePointAt(0))
                || Character.isWhitespace(name.codePointBefore(name.length()))) {
            throw new IllegalArgumentException("Invalid " + what + " name '" + printable(name)
                    + "': it starts or ends with white space, which migration files strip from names");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** The length of the name in UTF-8, the unit of PostgreSQL's limit. */
    public static int utf8Length(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The longest start of the name that is at most {@code maxBytes} long in UTF-8, cut between two
     * characters (never inside a surrogate pair).
     */
    public static String truncateUtf8(String name, int maxBytes) {
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                return name.substring(0, i);
            }
            bytes += size;
            i += Character.charCount(c);
        }
        return name;
    }

    /**
     * The name for a message: control characters and lone surrogates as {@code \}{@code uXXXX}, so a
     * message never holds a NUL, and a name longer than any database keeps (H2: 256) cut short
     * ({@link Messages#shorten}), so a name a database refuses as too long is still shown whole.
     */
    public static String printable(String name) {
        return Messages.shorten(name, NAME_IN_MESSAGE_LIMIT);
    }

    private static final int NAME_IN_MESSAGE_LIMIT = 300;

    private static boolean isXmlCharacter(int c) {
        return c >= 0x20 ? !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF
                : c == '\t' || c == '\n' || c == '\r';
    }
}
