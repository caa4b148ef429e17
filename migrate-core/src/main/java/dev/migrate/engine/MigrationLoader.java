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
import java.util.concurrent.atomic.AtomicInteger;
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
        for (FileRead file : readAll(resources)) {
            Migration migration = migration(file, ids);
            Migration earlier = byId.putIfAbsent(migration.id(), migration);
            if (earlier != null) {
                throw new MigrationLoadException("Two migrations have the id " + migration.id() + ": "
                        + earlier.source() + " and " + migration.source() + "; keep one of them");
            }
        }
        return MigrationOrder.of(Squashes.graph(new ArrayList<>(byId.values())), severalLatest);
    }

    /** Below this many files a second thread costs more than it saves. */
    private static final int WORTH_A_THREAD = 32;

    /**
     * Reads every file, in their order: on this thread and, for {@link #WORTH_A_THREAD} files or more
     * on a machine with more than one core, on one more. Opening and closing a file costs more than
     * reading it, and no file depends on another; a start reads them all before it can tell that
     * nothing is pending. The first file in order that cannot be read is the one reported, as when one
     * thread reads them all.
     */
    private FileRead[] readAll(List<MigrationResource> resources) {
        FileReading reading = new FileReading(resources);
        if (resources.size() < WORTH_A_THREAD || Runtime.getRuntime().availableProcessors() < 2) {
            reading.run();
            return reading.results();
        }
        Thread helper = new Thread(reading, "migrate-load");
        helper.setDaemon(true);
        helper.start();
        reading.run();
        boolean interrupted = false;
        while (helper.isAlive()) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                interrupted = true; // the helper's files are needed all the same; it ends after the file at hand
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return reading.results();
    }

    /**
     * The reading of a list of files by every thread that runs it, each taking the next file no thread
     * has taken. After a failure no more files are taken: every file before it was taken already.
     */
    private static final class FileReading implements Runnable {
        private final List<MigrationResource> resources;
        private final Object[] results;
        private final AtomicInteger next = new AtomicInteger();

        FileReading(List<MigrationResource> resources) {
            this.resources = resources;
            this.results = new Object[resources.size()];
        }

        @Override
        public void run() {
            byte[] buffer = new byte[READ_BUFFER];
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                try {
                    results[i] = read(resources.get(i), buffer);
                } catch (RuntimeException | Error e) {
                    results[i] = e;
                    next.set(results.length);
                }
            }
        }

        /** The files read, once every thread has finished; throws what the first failed file threw. */
        FileRead[] results() {
            FileRead[] read = new FileRead[results.length];
            for (int i = 0; i < results.length; i++) {
                if (results[i] instanceof RuntimeException e) {
                    throw e;
                }
                if (results[i] instanceof Error e) {
                    throw e;
                }
                read[i] = (FileRead) results[i];
            }
            return read;
        }
    }

    /**
     * Reads the file's bytes: its hash and dependencies now. The bytes stay with the migration only
     * until it is parsed or the history vouches for it ({@link FileParser}): a start with nothing to
     * apply keeps none (2,000 files' bytes outweighed everything else the migrations hold).
     */
    private static FileRead read(MigrationResource resource, byte[] buffer) {
        long number = number(resource.fileName());
        if (number < 0) {
            throw new MigrationLoadException("Migration file " + resource.description()
                    + " is not named NNNN_description.xml (digits, an underscore, then letters, digits or underscores)");
        }
        byte[] content = bytes(resource, buffer);
        MigrationHeader.Head head = MigrationHeader.head(content, resource.description());
        return new FileRead(resource, number, head, FileHash.of(content), content);
    }

    /** One file as {@link #read} found it. */
    private record FileRead(MigrationResource resource, long number, MigrationHeader.Head head, FileHash hash,
            byte[] content) {
    }

    /** The file's migration, its ids shared with the other migrations' through {@code ids}. */
    private Migration migration(FileRead file, Map<String, String> ids) {
        String fileName = file.resource().fileName();
        String id = one(ids, fileName.substring(0, fileName.length() - ".xml".length()));
        return Migration.lazy(id, file.number(), one(ids, file.head().dependsOn()), one(ids, file.head().replaces()),
                file.hash(), file.resource().description(), new FileParser(file.resource(), file.hash(), file.content()));
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
        while (underscore < end && isDigit(fileName.charAt(underscore))) {
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
        return Long.parseLong(fileName, 0, underscore, 10);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
