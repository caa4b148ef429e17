package dev.migrate.engine;

import dev.migrate.operation.Operation;
import dev.migrate.xml.MigrationChecksum;
import dev.migrate.xml.MigrationDocument;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One migration file. Its id, number, dependencies and file hash are known from a cheap first
 * look; its operations and normalized checksum come from parsing the whole file, which happens
 * at most once and only when something asks for them.
 */
public final class Migration {

    private final String id;
    private final long number;
    private final List<String> dependsOn;
    private final List<String> fileDependsOn;
    private final List<String> replaces;
    private final List<Migration> replaced;
    private final @Nullable FileHash fileHash;
    /** Where a migration made in code comes from; null for a file's, which its content's resource tells. */
    private final @Nullable String source;
    private final Content content;

    /** A migration whose content is already known (made in code, or by tests). */
    public Migration(String id, long number, List<String> dependsOn, List<Operation> operations, String checksum,
            String source) {
        this(id, number, dependsOn, List.of(), operations, checksum, source);
    }

    /** A squashed migration whose content is already known: it {@code replaces} the migrations named. */
    public Migration(String id, long number, List<String> dependsOn, List<String> replaces, List<Operation> operations,
            String checksum, String source) {
        this(id, number, dependsOn, dependsOn, replaces, List.of(), null, source, new Content(null, null));
        this.content.parsed = new Parsed(List.copyOf(operations), checksum, null);
    }

    private Migration(String id, long number, List<String> dependsOn, List<String> fileDependsOn, List<String> replaces,
            List<Migration> replaced, @Nullable FileHash fileHash, @Nullable String source, Content content) {
        this.id = id;
        this.number = number;
        this.dependsOn = List.copyOf(dependsOn);
        this.fileDependsOn = List.copyOf(fileDependsOn);
        this.replaces = List.copyOf(replaces);
        this.replaced = List.copyOf(replaced);
        this.fileHash = fileHash;
        this.source = source;
        this.content = content;
    }

    /**
     * A migration read from a file, parsed on first use; it may replace others (a squashed one).
     *
     * @param fileHash a hash of the file's bytes: when the history records the same one, the file is
     *        unchanged and need not be parsed to compare checksums
     * @param file the file, which tells where it was read from
     */
    static Migration lazy(String id, long number, List<String> dependsOn, List<String> replaces, FileHash fileHash,
            MigrationResource file, Parser parser) {
        return new Migration(id, number, dependsOn, dependsOn, replaces, List.of(), fileHash, null,
                new Content(parser, file));
    }

    /**
     * The same migration following other migrations in the graph (a dependency on a migration that a
     * squashed one replaces, rewired to the squashed one); its file is not changed and parsed once.
     */
    Migration withDependsOn(List<String> rewired) {
        return new Migration(id, number, rewired, fileDependsOn, replaces, replaced, fileHash, source, content);
    }

    /** The same squashed migration, with the replaced migrations whose files are there. */
    Migration withReplaced(List<Migration> files) {
        return new Migration(id, number, dependsOn, fileDependsOn, replaces, files, fileHash, source, content);
    }

    /** The file name without {@code .xml}, such as {@code 0002_book_published_date}. */
    public String id() {
        return id;
    }

    /** The numeric prefix of the id. */
    public long number() {
        return number;
    }

    /**
     * The ids of the migrations it follows in the graph: its file's {@code dependsOn}, where a
     * dependency on a replaced migration is the squashed migration that replaces it.
     */
    public List<String> dependsOn() {
        return dependsOn;
    }

    /** The ids a squashed migration replaces (its {@code <replaces>}); empty for any other migration. */
    public List<String> replaces() {
        return replaces;
    }

    /**
     * The migrations it replaces whose files are still there, in the order they apply in; the loader
     * takes them out of the graph and keeps them here, for a database that applied only some of them.
     */
    public List<Migration> replaced() {
        return replaced;
    }

    /** A hash of the file's bytes, or null for a migration made in code. */
    public @Nullable String fileHash() {
        return fileHash == null ? null : fileHash.toString();
    }

    /** Whether its file's bytes have the hash the history recorded (false for a migration made in code). */
    boolean hasFileHash(@Nullable String recorded) {
        return fileHash != null && fileHash.matches(recorded);
    }

    /**
     * Where it was read from, for messages. A file's is made when asked: a start keeps every migration,
     * and a path of its own for each of 2,000 files outweighed the rest of what they keep.
     */
    public String source() {
        return source != null ? source : Objects.requireNonNull(content.file).description();
    }

    public List<Operation> operations() {
        return parsed().operations();
    }

    /**
     * The checksum of its normalized content: formatting and comments do not change it. The one recorded
     * for the same bytes, when they are vouched for, without parsing the file.
     */
    public String checksum() {
        String vouched = content.vouchedChecksum;
        return vouched != null ? vouched : parsed().checksum();
    }

    /** Parses the file once, even when the start-up's background replay and a request ask at the same time. */
    private Parsed parsed() {
        Parsed current = content.parsed;
        if (current == null) {
            synchronized (content) {
                current = content.parsed;
                if (current == null) {
                    // only a migration made with its content (parsed set) has no parser
                    MigrationDocument document = Objects.requireNonNull(content.parser).parse(content.vouched);
                    if (!document.dependsOn().equals(fileDependsOn)) {
                        throw new IllegalStateException(source() + ": its dependsOn read differently on a second look");
                    }
                    if (!document.replaces().equals(replaces)) {
                        throw new IllegalStateException(source() + ": its replaces read differently on a second look");
                    }
                    current = new Parsed(document.operations(), content.vouchedChecksum, document);
                    content.parsed = current;
                }
            }
        }
        return current;
    }

    /** The operations, and the checksum, computed from the document only when asked for (a replay needs none). */
    private static final class Parsed {
        private final List<Operation> operations;
        private @Nullable String checksum;
        private @Nullable MigrationDocument document;

        Parsed(List<Operation> operations, @Nullable String checksum, @Nullable MigrationDocument document) {
            this.operations = operations;
            this.checksum = checksum;
            this.document = checksum == null ? document : null;
        }

        List<Operation> operations() {
            return operations;
        }

        synchronized String checksum() {
            String known = checksum;
            MigrationDocument source = document;
            if (known == null && source != null) {
                known = MigrationChecksum.checksum(source);
                checksum = known;
                document = null;
            }
            // made with a checksum or with the document to compute it from
            return Objects.requireNonNull(known);
        }
    }

    /** Parses a file, without validating it again when the history {@code vouched} for its bytes. */
    @FunctionalInterface
    interface Parser {
        MigrationDocument parse(boolean vouched);

        /** The history vouches for the file: a parse may be long in coming or never come, so bytes kept for it go. */
        default void forgetBytes() {
        }
    }

    /**
     * Notes that the history records this file's bytes as applied: they were validated then, so a
     * parse that has not happened yet can skip the XSD, and the checksum recorded for the same bytes
     * is theirs. A file whose hash differs is validated and its checksum computed.
     */
    void vouchedFor(@Nullable String recordedFileHash, String recordedChecksum) {
        if (hasFileHash(recordedFileHash)) {
            content.vouchedChecksum = recordedChecksum;
            content.vouched = true;
            if (content.parser != null) {
                content.parser.forgetBytes();
            }
        }
    }

    /** The parsed content, shared by the copies the loader makes of one file's migration. */
    private static final class Content {
        private final @Nullable Parser parser;
        private final @Nullable MigrationResource file;
        private volatile boolean vouched;
        private volatile @Nullable String vouchedChecksum;
        private volatile @Nullable Parsed parsed;

        Content(@Nullable Parser parser, @Nullable MigrationResource file) {
            this.parser = parser;
            this.file = file;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Migration other && id.equals(other.id) && source().equals(other.source());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source());
    }

    @Override
    public String toString() {
        return id + " (" + source() + ")";
    }
}
