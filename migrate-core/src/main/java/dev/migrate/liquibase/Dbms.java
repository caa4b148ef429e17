package dev.migrate.liquibase;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Liquibase's {@code dbms} lists: names separated by commas, {@code !name} to exclude, {@code all}, {@code none}. */
final class Dbms {

    private Dbms() {
    }

    /** Whether the list names the database; an empty list, or a null database (any), matches. */
    static boolean matches(@Nullable String list, @Nullable String dbms) {
        if (list == null || list.isBlank() || dbms == null) {
            return true;
        }
        boolean anyPositive = false;
        boolean named = false;
        for (String raw : list.split(",")) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("none")) {
                return false;
            }
            if (entry.equals("all")) {
                anyPositive = true;
                named = true;
                continue;
            }
            if (entry.startsWith("!")) {
                if (same(entry.substring(1).trim(), dbms)) {
                    return false;
                }
                continue;
            }
            anyPositive = true;
            named |= same(entry, dbms);
        }
        return !anyPositive || named;
    }

    /**
     * Liquibase 4 names MariaDB {@code mariadb} only: a changeSet, property or {@code sql} for
     * {@code mysql} does not run there (checked with Liquibase 4.33), unlike migrate's own {@code sql dbms}.
     */
    private static boolean same(String entry, String dbms) {
        return entry.equals(dbms.toLowerCase(Locale.ROOT));
    }
}
