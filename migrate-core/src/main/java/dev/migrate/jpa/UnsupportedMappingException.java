package dev.migrate.jpa;

import dev.migrate.MigrateException;

/**
 * A part of the Hibernate mapping that our schema model cannot represent faithfully, such as a
 * native enum type, a JSON column or a quoted name whose case matters. The message names the
 * table (and the entity or collection behind it), the column and what is unsupported.
 */
public class UnsupportedMappingException extends MigrateException {

    public UnsupportedMappingException(String message) {
        super(message);
    }

    public UnsupportedMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
