package dev.migrate.engine;

import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationHeader;
import dev.migrate.xml.MigrationReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads migration files, each once, and puts them in the order they apply in. Only the head of each
 * file is parsed here; the rest is parsed when the run needs it (see {@link Migration}).
 */
public final class MigrationLoader {

    private final MigrationReader reader;

    public MigrationLoader(MigrationReader reader) {
        this.reader = reader;
    }

    /** The migrations in order; refuses a history with more than one latest migration, as every command but merge needs. */
    public List<Migration> load(List<MigrationResource> resources) {
        return load(resources, false);
    }

    /**
     * The migrations in order, more than one latest migration allowed (Django's multiple leaf
     * nodes): what {@code make --merge} reads to join the branches. Every other check stays.
     */
    public List<Migration> loadBranches(List<MigrationResource> resources) {
        return load(resources, true);
    }

    private List<Migration> load(List<MigrationResource> resources, boolean severalLatest) {
        Map<String, Migration> byId = new LinkedHashMap<>();
        Map<String, String> ids = new HashMap<>();
        byte[] buffer = new byte[READ_BUFFER];
        for (MigrationResource resource : resources) {
            Migration migration = read(resource, ids, buffer);
            Migration earlier = byId.putIfAbsent(migration.id(), migration);
            if (earlier != null) {
                throw new MigrationLoadException("Two migrations have the id " + migration.id() + ": "
                        + earlier.source() + " and " + migration.source() + "; keep one of them");
            }
        }
        return MigrationOrder.of(Squashes.graph(new ArrayList<>(byId.values())), severalLatest);
    }

    /**
     * Reads the file's bytes: its hash and dependencies now. The bytes stay with the migration only
     * until it is parsed or the history vouches for it ({@link FileParser}): a start with nothing to
     * apply keeps none (2,000 files' bytes outweighed everything else the migrations hold).
     */
    private Migration read(MigrationResource resource, Map<String, String> ids, byte[] buffer) {
        long number = number(resource.fileName());
        if (number < 0) {
            throw new MigrationLoadException("Migration file " + resource.description()
                    + " is not named NNNN_description.xml (digits, an underscore, then letters, digits or underscores)");
        }
        byte[] content = bytes(resource, buffer);
        String id = one(ids, resource.fileName().substring(0, resource.fileName().length() - ".xml".length()));
        MigrationHeader.Head head = MigrationHeader.head(content, resource::description);
        FileHash hash = FileHash.of(content);
        return Migration.lazy(id, number, one(ids, head.dependsOn()), one(ids, head.replaces()), hash, resource,
                new FileParser(resource, hash, content));
    }

    /** The one copy of an id that the migrations share (each id is also the next one's dependsOn). */
    private static String one(Map<String, String> ids, String id) {
        String known = ids.putIfAbsent(id, id);
        return known != null ? known : id;
    }

    private static List<String> one(Map<String, String> ids, List<String> list) {
        if (list.isEmpty()) {
            return list;
        }
        List<String> shared = new ArrayList<>(list.size());
        for (String id : list) {
            shared.add(one(ids, id));
        }
        return List.copyOf(shared);
    }

    /**
     * Parses one file when its content is first asked for, from the bytes the load read while nothing
     * says they will not be needed: a run that applies new files parses every file, and reading them
     * all again was a sixth of that parse. When the history vouches for the file (so that a start
     * with nothing to apply keeps no file's bytes), the bytes go and a parse reads the file again,
     * checking it still has the hash it had. A class, not a lambda: one is made per file at every start.
     */
    private final class FileParser implements Migration.Parser {
        private final MigrationResource resource;
        private final FileHash hash;
        private volatile byte @Nullable [] loaded;

        FileParser(MigrationResource resource, FileHash hash, byte[] loaded) {
            this.resource = resource;
            this.hash = hash;
            this.loaded = loaded;
        }

        @Override
        public MigrationDocument parse(boolean vouched) {
            byte[] content = loaded;
            loaded = null;
            if (content == null) {
                content = bytes(resource);
                if (!FileHash.of(content).equals(hash)) {
                    throw new MigrationLoadException("Migration file " + resource.description() + " changed after"
                            + " the application read it; restart the application to read it again");
                }
            }
            return vouched ? reader.readVouched(content, resource.description())
                    : reader.read(new ByteArrayInputStream(content), resource.description());
        }

        @Override
        public void forgetBytes() {
            loaded = null;
        }
    }

    /** What one read asks for; a usual file fits. */
    private static final int READ_BUFFER = 16 * 1024;

    /**
     * The file's bytes, read through {@code buffer}: the load reads every file at every start, and
     * {@link InputStream#readAllBytes} asks the file's size and position first.
     */
    private static byte[] bytes(MigrationResource resource, byte[] buffer) {
        try (InputStream in = resource.open()) {
            int length = in.readNBytes(buffer, 0, buffer.length);
            if (length < buffer.length) {
                return Arrays.copyOf(buffer, length);
            }
            byte[] rest = in.readAllBytes();
            byte[] content = Arrays.copyOf(buffer, length + rest.length);
            System.arraycopy(rest, 0, content, length, rest.length);
            return content;
        } catch (IOException e) {
            throw cannotRead(resource, e);
        }
    }

    private static MigrationLoadException cannotRead(MigrationResource resource, IOException e) {
        return new MigrationLoadException("Cannot read migration file " + resource.description() + ": " + e.getMessage(),
                e);
    }

    private static byte[] bytes(MigrationResource resource) {
        try (InputStream in = resource.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw cannotRead(resource, e);
        }
    }

    /**
     * The number of a file named {@code NNNN_description.xml} (digits, an underscore, then letters,
     * digits or underscores), or -1 for any other name. Checked by hand: this runs for every file at
     * every start, in a JVM that has not compiled anything yet.
     */
    static long number(String fileName) {
        int end = fileName.length() - ".xml".length();
        if (end < 0 || !fileName.endsWith(".xml")) {
            return -1;
        }
        int underscore = 0;
        long number = 0;
        while (underscore < end && isDigit(fileName.charAt(underscore))) {
            number = number * 10 + fileName.charAt(underscore) - '0';
            underscore++;
        }
        if (underscore == 0 || underscore > 18 || underscore >= end - 1 || fileName.charAt(underscore) != '_') {
            return -1;
        }
        for (int i = underscore + 1; i < end; i++) {
            char c = fileName.charAt(i);
            if (!(isDigit(c) || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return -1;
            }
        }
        return number;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
