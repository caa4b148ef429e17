package dev.migrate.xml;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each bound element of one file was found, so that a problem only the model can see (a bad
 * type, name or default) still points at its line and column.
 */
final class Locations {

    private record Position(int line, int column) {
    }

    private final String sourceName;
    private final Map<Object, Position> positions = new IdentityHashMap<>();

    Locations(String sourceName) {
        this.sourceName = sourceName;
    }

    void record(Object element, int line, int column) {
        positions.put(element, new Position(line, column));
    }

    /**
     * The model's {@link IllegalArgumentException} from converting the given element, as a {@link
     * MigrationFileException} at the element. A conversion catches only the model's exception, so
     * that nested conversions report the innermost element. (A try in each conversion rather than a
     * function passed here: each lambda is a class to spin at a cold start.)
     */
    MigrationFileException at(Object element, IllegalArgumentException e) {
        Position at = positions.getOrDefault(element, new Position(-1, -1));
        return new MigrationFileException(sourceName, at.line(), at.column(), e.getMessage(), e);
    }
}
