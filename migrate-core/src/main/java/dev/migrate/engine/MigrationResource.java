package dev.migrate.engine;

import java.io.IOException;
import java.io.InputStream;

/**
 * A migration file found in a location, not yet read.
 *
 * @param fileName the file's name, such as {@code 0001_initial.xml}
 * @param description where it was found, for messages, such as {@code classpath:db/migrations/0001_initial.xml}
 */
public record MigrationResource(String fileName, String description, Opener opener) {

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** Opens the file's content. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
