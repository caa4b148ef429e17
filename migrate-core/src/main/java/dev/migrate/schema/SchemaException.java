package dev.migrate.schema;

import dev.migrate.MigrateException;

/** A change that does not fit the schema it is applied to, such as adding a column that exists. */
public class SchemaException extends MigrateException {

    public SchemaException(String message) {
        super(message);
    }
}
