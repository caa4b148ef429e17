package dev.migrate.liquibase;

import java.util.Locale;
import java.util.Objects;

/**
 * A Liquibase changeSet as {@code databasechangelog} knows it: the changelog file (as Liquibase
 * records it: the path given to it, or the changeSet's {@code logicalFilePath}), its id and its author.
 */
public record ChangeSetId(String file, String id, String author) {

    public ChangeSetId {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        author = author == null ? "" : author;
    }

    /**
     * The file as Liquibase compares it: without {@code classpath:} or a leading slash, with forward
     * slashes. Liquibase 4 records {@code classpath:db/x.xml} as {@code db/x.xml}.
     */
    public static String normalizedFile(String file) {
        String path = file.replace('\\', '/').trim();
        if (path.toLowerCase(Locale.ROOT).startsWith("classpath:")) {
            path = path.substring("classpath:".length());
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path;
    }

    /** Whether a {@code databasechangelog} row names this changeSet. */
    public boolean matches(String rowFile, String rowId, String rowAuthor) {
        return id.equals(rowId) && author.equals(rowAuthor == null ? "" : rowAuthor)
                && normalizedFile(file).equals(normalizedFile(rowFile == null ? "" : rowFile));
    }

    @Override
    public String toString() {
        return file + "::" + id + "::" + author;
    }
}
