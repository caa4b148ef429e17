package dev.migrate.diff;

import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import java.util.List;
import java.util.Optional;

/**
 * Answers the questions the autodetector cannot answer alone, like Django's questioner: asked of
 * a person at a console, or answered "no" when nobody is there (but for a merge, see {@link #isMerge}).
 */
public interface Questioner {

    /** Whether a dropped and an added column that look alike are one column renamed. */
    boolean isRename(String table, String oldColumn, String newColumn);

    /** Whether a dropped and an added table that look alike are one table renamed. */
    boolean isTableRename(String oldTable, String newTable);

    /**
     * A value for the existing rows when a NOT NULL column without a default is added to a table;
     * empty when there is none, and the autodetector then refuses with advice.
     */
    Optional<DefaultValue> oneOffDefault(String table, Column column);

    /**
     * Whether to write a merge migration that joins these latest migrations ({@code make --merge}),
     * once a person has seen {@code branches}, each branch's operations since the common ancestor.
     * Yes when nobody is asked, as Django's {@code makemigrations --merge --noinput} merges: the
     * branches were already checked not to touch the same table or column in ways that depend on
     * their order.
     */
    default boolean isMerge(List<String> latest, String branches) {
        return true;
    }

    /** Whether a person answers (and so has seen what {@link #isMerge} showed). */
    default boolean asksAPerson() {
        return false;
    }

    /** Answers no to everything, and yes to a merge: for builds, tests and CI. */
    static Questioner nonInteractive() {
        return new Questioner() {
            @Override
            public boolean isRename(String table, String oldColumn, String newColumn) {
                return false;
            }

            @Override
            public boolean isTableRename(String oldTable, String newTable) {
                return false;
            }

            @Override
            public Optional<DefaultValue> oneOffDefault(String table, Column column) {
                return Optional.empty();
            }
        };
    }
}
