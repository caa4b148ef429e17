package dev.migrate.engine;

import dev.migrate.operation.Operation;
import java.util.List;

/**
 * One migration file, read.
 *
 * @param id the file name without {@code .xml}, such as {@code 0002_book_published_date}
 * @param number the numeric prefix of the id
 * @param dependsOn the ids of the migrations it follows
 * @param checksum the checksum of its normalized content
 * @param source where it was read from, for messages
 */
public record Migration(String id, long number, List<String> dependsOn, List<Operation> operations, String checksum,
        String source) {

    public Migration {
        dependsOn = List.copyOf(dependsOn);
        operations = List.copyOf(operations);
    }
}
