package dev.migrate.engine;

import dev.migrate.operation.Operation;
import dev.migrate.xml.MigrationChecksum;
import dev.migrate.xml.MigrationDocument;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One migration file. Its id, number, dependencies and file hash are known from a cheap first
 * look; its operations and normalized checksum come from parsing the whole file, which happens
 * at most once and only when something asks for them.
 */
public final class Migration {

    private final String id;
    private final long number;
    private final List<String> dependsOn;
    private final String fileHash;
    private final String source;
    private final Supplier<MigrationDocument> parser;
    private volatile Parsed parsed;

    /** A migration whose content is already known (made in code, or by tests). */
    public Migration(String id, long number, List<String> dependsOn, List<Operation> operations, String checksum,
            String source) {
        this(id, number, dependsOn, (String) null, source, (Supplier<MigrationDocument>) null);
        this.parsed = new Parsed(List.copyOf(operations), checksum);
    }

    private Migration(String id, long number, List<String> dependsOn, String fileHash, String source,
            Supplier<MigrationDocument> parser) {
        this.id = id;
        this.number = number;
        this.dependsOn = List.copyOf(dependsOn);
        this.fileHash = fileHash;
        this.source = source;
        this.parser = parser;
    }

    /**
     * A migration read from a file, parsed on first use.
     *
     * @param fileHash a hash of the file's bytes: when the history records the same one, the file is
     *        unchanged and need not be parsed to compare checksums
     */
    static Migration lazy(String id, long number, List<String> dependsOn, String fileHash, String source,
            Supplier<MigrationDocument> parser) {
        return new Migration(id, number, dependsOn, fileHash, source, parser);
    }

    /** The file name without {@code .xml}, such as {@code 0002_book_published_date}. */
    public String id() {
        return id;
    }

    /** The numeric prefix of the id. */
    public long number() {
        return number;
    }

    /** The ids of the migrations it follows. */
    public List<String> dependsOn() {
        return dependsOn;
    }

    /** A hash of the file's bytes, or null for a migration made in code. */
    public String fileHash() {
        return fileHash;
    }

    /** Where it was read from, for messages. */
    public String source() {
        return source;
    }

    public List<Operation> operations() {
        return parsed().operations();
    }

    /** The checksum of its normalized content: formatting and comments do not change it. */
    public String checksum() {
        return parsed().checksum();
    }

    /** Parses the file once, even when the start-up's background replay and a request ask at the same time. */
    private Parsed parsed() {
        Parsed current = parsed;
        if (current == null) {
            synchronized (this) {
                current = parsed;
                if (current == null) {
                    MigrationDocument document = parser.get();
                    if (!document.dependsOn().equals(dependsOn)) {
                        throw new IllegalStateException(source + ": its dependsOn read differently on a second look");
                    }
                    current = new Parsed(document.operations(), MigrationChecksum.checksum(document));
                    parsed = current;
                }
            }
        }
        return current;
    }

    private record Parsed(List<Operation> operations, String checksum) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Migration other && id.equals(other.id) && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source);
    }

    @Override
    public String toString() {
        return id + " (" + source + ")";
    }
}
