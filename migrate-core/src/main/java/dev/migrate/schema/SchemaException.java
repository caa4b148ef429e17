package dev.migrate.schema;

/** A change that does not fit the schema it is applied to, such as adding a column that exists. */
public class SchemaException extends RuntimeException {

    public SchemaException(String message) {
        super(message);
    }
}
