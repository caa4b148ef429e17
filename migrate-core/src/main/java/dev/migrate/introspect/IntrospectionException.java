package dev.migrate.introspect;

import dev.migrate.MigrateException;

/**
 * The live schema could not be read: the database failed, or it holds something the schema model
 * cannot express (a column type with no logical type, a generated column, a name with a comma or
 * white space at either end). The message names the object; leave its table out with {@code ignoredTables}.
 */
public class IntrospectionException extends MigrateException {

    public IntrospectionException(String message) {
        super(message);
    }

    public IntrospectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
