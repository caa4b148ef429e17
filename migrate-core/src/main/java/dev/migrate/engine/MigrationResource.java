package dev.migrate.engine;

import java.io.IOException;
import java.io.InputStream;

/**
 * A migration file found in a location, not yet read.
 *
 * @param fileName the file's name, such as {@code 0001_initial.xml}
 * @param location the location it was found in, such as {@code classpath:db/migrations}: one text shared by
 *        all its files
 */
public record MigrationResource(String fileName, String location, Opener opener) {

    /**
     * Where it was found, for messages, such as {@code classpath:db/migrations/0001_initial.xml}; made when
     * asked, since every migration of a start keeps its file's resource.
     */
    public String description() {
        return location + "/" + fileName;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** Opens the file's content. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
