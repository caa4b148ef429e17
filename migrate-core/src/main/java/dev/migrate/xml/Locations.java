package dev.migrate.xml;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

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
     * Runs a conversion of the given element, turning the model's {@link IllegalArgumentException}
     * into a {@link MigrationFileException} at the element. Nested calls report the innermost element.
     */
    <T> T convert(Object element, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            Position at = positions.getOrDefault(element, new Position(-1, -1));
            throw new MigrationFileException(sourceName, at.line(), at.column(), e.getMessage(), e);
        }
    }
}
