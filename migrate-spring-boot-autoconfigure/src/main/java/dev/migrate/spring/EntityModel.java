package dev.migrate.spring;

import dev.migrate.diff.RenameHints;
import dev.migrate.schema.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The schema the application's JPA entities describe, as Hibernate built it for this application.
 *
 * @param entities how many entity classes it has
 * @param renames the renames declared with {@code @RenamedFrom}
 * @param problem why the entities could not be read as a schema (an unsupported mapping), else null
 * @param readMs how long reading them from Hibernate's metadata took, for the start-up line
 */
public record EntityModel(@Nullable Schema schema, RenameHints renames, int entities, @Nullable String problem,
        long readMs) {

    public EntityModel(@Nullable Schema schema, RenameHints renames, int entities, @Nullable String problem) {
        this(schema, renames, entities, problem, 0);
    }

    public static EntityModel unreadable(int entities, String problem) {
        return new EntityModel(null, RenameHints.none(), entities, problem);
    }

    /** The same model, read in {@code ms} milliseconds. */
    public EntityModel readIn(long ms) {
        return new EntityModel(schema, renames, entities, problem, ms);
    }
}
