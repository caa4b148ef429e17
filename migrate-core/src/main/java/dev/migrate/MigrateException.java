package dev.migrate;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error this library raises on its own: a migration that failed, a history that
 * does not match the files, a file that cannot be read, an entity mapping or a schema change the
 * library cannot express, a schema it cannot read. Catch this one type to handle them all; the
 * subclasses say which it was. Errors of the JDK or of a database driver that the library does not
 * wrap (an {@link IllegalArgumentException} for a bad argument, say) are not among them.
 */
public class MigrateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrateException(String message) {
        super(message);
    }

    public MigrateException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
