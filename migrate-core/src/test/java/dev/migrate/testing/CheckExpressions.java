package dev.migrate.testing;

import dev.migrate.engine.SchemaDrift;
import dev.migrate.schema.Schema;

/**
 * A database keeps a check's condition in its own words ({@code price >= 0} comes back from
 * PostgreSQL as {@code (price >= (0)::numeric)}), so a live schema and the schema replayed from the
 * files that made it cannot agree on the text. Where the tests compare those two, check constraints
 * are compared by table and name, and only check constraints: this replaces every condition with one
 * placeholder, on both sides ({@link SchemaDrift#checksByName}, which drift uses too). Everything
 * else is compared as it is. Where both sides come from the database (ours and Hibernate's),
 * conditions are compared exactly.
 */
public final class CheckExpressions {

    private CheckExpressions() {
    }

    public static Schema comparedByName(Schema schema) {
        return SchemaDrift.checksByName(schema);
    }
}
