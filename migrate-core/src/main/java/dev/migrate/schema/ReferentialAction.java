package dev.migrate.schema;

import java.util.Locale;

/** What a foreign key does when the referenced row is deleted. */
public enum ReferentialAction {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT;

    /** The SQL words, for example {@code SET NULL}. */
    public String sql() {
        return name().replace('_', ' ');
    }

    public static ReferentialAction fromSql(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
