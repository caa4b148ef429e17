package dev.migrate.xml;

import dev.migrate.MigrateException;
import org.jspecify.annotations.Nullable;

/**
 * A migration file that cannot be read: malformed XML, a schema violation or a value the model
 * rejects. The message names the file, the line and column (where known) and what is wrong.
 */
public class MigrationFileException extends MigrateException {

    private final String sourceName;
    private final int line;
    private final int column;
    private final @Nullable String problem;

    public MigrationFileException(String sourceName, int line, int column, @Nullable String problem,
            @Nullable Throwable cause) {
        super(format(sourceName, line, column, problem), cause);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file name (or whatever the caller named the source). */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public @Nullable String problem() {
        return problem;
    }

    private static String format(String sourceName, int line, int column, @Nullable String problem) {
        StringBuilder text = new StringBuilder(sourceName);
        if (line > 0) {
            text.append(" line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        return text.append(": ").append(problem).toString();
    }
}
