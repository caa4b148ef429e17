package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaBytes;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a set of migration files replays to, kept in a directory between starts: the schema, which a
 * start whose files are byte for byte those of an earlier start reads back instead of parsing every
 * file again (the start-up's entity comparison needs it, and parsing 500 files took a third of a
 * second of CPU while Hibernate booted); and, per dialect, the plan that applies them all to a
 * database that has none (a test's new database, a new environment), with each migration's checksum,
 * so that applying them again parses no file either. A file is named after the {@link FileHash} of every
 * migration's id and file hash, in order, and of the migrate jar it was written by, so a changed, added
 * or removed file, or another version of migrate, finds no file; its content ends with a CRC of the
 * rest. Like the file hashes it is built on, the name tells one set of files from another by accident,
 * not against files made to collide: the files are the application's own. Only what a
 * replay accepted is kept (and a plan only once it applied), so no file's validation is skipped: the
 * bytes that replayed once replay the same way again.
 *
 * <p>A cache, never a source of truth: whatever goes wrong (no directory, no permission, a damaged or
 * foreign file, a directory another user owns or others may write to) is a miss, logged at DEBUG, and
 * the files are replayed.
 */
final class ReplayCache {

    private static final Logger logger = LoggerFactory.getLogger(ReplayCache.class);
    private static final String SUFFIX = ".schema";
    private static final String PLAN_SUFFIX = ".plan";
    private static final String TEMPORARY_SUFFIX = ".tmp";
    static final long STALE_TEMPORARY_MILLIS = 3_600_000;
    /** Files kept, schemas and plans; the least recently used are removed when a new one is written. */
    static final int KEPT = 32;
    /**
     * The largest file read: far beyond any schema or plan (500 tables' schema is about 100 KB), and an
     * array that a start's heap can hold. A larger file is a miss, not an {@code OutOfMemoryError}.
     */
    static final long MAX_BYTES = 256L << 20;

    private final Path directory;
    private final String key;
    private final List<Migration> migrations;

    private ReplayCache(Path directory, String key, List<Migration> migrations) {
        this.directory = directory;
        this.key = key;
        this.migrations = migrations;
    }

    /**
     * The cache in {@code directory} for these migrations, or null when there is nothing to key it on:
     * migrate's own code has no identity (classes in a directory), or a migration has no file hash (one
     * made in code), whose content the key could not stand for.
     */
    static @Nullable ReplayCache of(Path directory, List<Migration> migrations) {
        String identity = codeIdentity();
        return identity == null ? null : of(directory, migrations, identity);
    }

    /** As the migrate jar with this identity would use it. */
    static @Nullable ReplayCache of(Path directory, List<Migration> migrations, String codeIdentity) {
        StringBuilder text = new StringBuilder(40 * migrations.size() + 128);
        text.append("migrate replay cache ").append(codeIdentity).append('\n');
        for (Migration migration : migrations) {
            String hash = migration.fileHash();
            if (hash == null) {
                return null;
            }
            text.append(migration.id()).append('\u0000').append(hash).append('\n');
        }
        String key = FileHash.of(text.toString().getBytes(StandardCharsets.UTF_8)).toString();
        return new ReplayCache(directory, key, List.copyOf(migrations));
    }

    /**
     * The bytes of the schema the migrations replayed to when they were last kept here
     * ({@link SchemaBytes#write}), or null. They are read into a schema only when one is needed
     * ({@link ReplayedSchema}): a comparison that finds the entities the same needs none.
     */
    byte @Nullable [] find() {
        byte[] bytes = read(SUFFIX);
        if (bytes != null) {
            logger.debug("Read the schema of {} migrations from the replay cache {}", migrations.size(), directory);
        }
        return bytes;
    }

    /** Keeps the schema the migrations replayed to, for the next start. */
    void keep(Schema schema) {
        byte[] bytes = serialized(() -> SchemaBytes.write(schema), "the schema");
        if (bytes != null) {
            write(SUFFIX, bytes, "the schema");
        }
    }

    /**
     * The plan that applies every one of the migrations to a database without any, as this dialect
     * renders it, when it was last kept here; null otherwise. Each migration is then vouched for with
     * the checksum computed when the plan was made, so that nothing of its file is parsed.
     */
    @Nullable List<PlannedMigration> findPlan(Dialect dialect) {
        byte[] bytes = read(planSuffix(dialect));
        if (bytes == null) {
            return null;
        }
        try {
            List<String> checksums = new ArrayList<>(migrations.size());
            List<PlannedMigration> plan = PlanBytes.read(bytes, migrations, checksums);
            for (int i = 0; i < migrations.size(); i++) {
                migrations.get(i).vouchedFor(migrations.get(i).fileHash(), checksums.get(i));
            }
            logger.debug("Read the plan of {} migrations from the replay cache {}", migrations.size(), directory);
            return plan;
        } catch (RuntimeException e) {
            logger.debug("Cannot read the plan in the replay cache {}: {}", directory, e.toString());
            return null;
        }
    }

    /** Keeps a plan that applied every one of the migrations to a database without any, for the next such run. */
    void keepPlan(Dialect dialect, List<PlannedMigration> plan) {
        byte[] bytes = serialized(() -> PlanBytes.write(plan), "the plan");
        if (bytes != null) {
            write(planSuffix(dialect), bytes, "the plan");
        }
    }

    /**
     * The bytes to keep, or null when making them fails: a cache that cannot keep something is a miss
     * at the next start, never a failed run (this one has already applied its migrations).
     */
    private byte @Nullable [] serialized(Supplier<byte @Nullable []> serializer, String what) {
        try {
            return serializer.get();
        } catch (RuntimeException | OutOfMemoryError e) {
            logger.debug("Cannot keep {} in the replay cache {}: {}", what, directory, e.toString());
            return null;
        }
    }

    private static String planSuffix(Dialect dialect) {
        return "." + dialect.variant() + PLAN_SUFFIX;
    }

    /** The content kept under this suffix, its CRC checked, or null. */
    private byte @Nullable [] read(String suffix) {
        if (!usable(false)) {
            return null;
        }
        Path file = directory.resolve(key + suffix);
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            if (Files.size(file) > MAX_BYTES) {
                logger.debug("Ignoring the replay cache file {}: larger than any it writes", file);
                return null;
            }
            byte[] content = Files.readAllBytes(file);
            byte[] name = name(suffix);
            if (content.length < name.length + 4 || crc(content, content.length - 4) != readInt(content, content.length - 4)
                    || !Arrays.equals(content, 0, name.length, name, 0, name.length)) {
                // damaged, cut short, or written under another name (another dialect's, other files')
                logger.debug("Ignoring the damaged or misplaced replay cache file {}", file);
                return null;
            }
            byte[] kept = new byte[content.length - name.length - 4];
            System.arraycopy(content, name.length, kept, 0, kept.length);
            touch(file);
            return kept;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            logger.debug("Cannot read the replay cache file {}: {}", file, e.toString());
            return null;
        }
    }

    /**
     * What a file begins with: its own name, so that a file copied or moved under another name (another
     * dialect's plan, another set of files' schema) is a miss rather than taken for what that name keeps.
     */
    private byte[] name(String suffix) {
        return (key + suffix + '\n').getBytes(StandardCharsets.UTF_8);
    }

    /** Keeps its name, then the bytes under this suffix, then a CRC of both, replacing what was there in one move. */
    private void write(String suffix, byte[] bytes, String what) {
        if (!usable(true)) {
            return;
        }
        Path file = directory.resolve(key + suffix);
        Path temporary = null;
        try {
            byte[] name = name(suffix);
            byte[] content = new byte[name.length + bytes.length + 4];
            System.arraycopy(name, 0, content, 0, name.length);
            System.arraycopy(bytes, 0, content, name.length, bytes.length);
            writeInt(content, name.length + bytes.length, crc(content, name.length + bytes.length));
            temporary = Files.createTempFile(directory, key, TEMPORARY_SUFFIX);
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            logger.debug("Kept {} of {} migrations in the replay cache {}", what, migrations.size(), file);
            removeOldest();
        } catch (IOException | RuntimeException e) {
            logger.debug("Cannot write the replay cache file {}: {}", file, e.toString());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a stray temporary file in a cache directory harms nothing
                }
            }
        }
    }

    /**
     * Whether the directory is there (made, owner only, when {@code create}), belongs to this user,
     * and no one else may write to it: a file another user could put there must not decide what the
     * migrations describe.
     */
    private boolean usable(boolean create) {
        try {
            if (!Files.isDirectory(directory)) {
                if (!create) {
                    return false;
                }
                Files.createDirectories(directory);
                PosixFileAttributeView posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
                if (posix != null) {
                    posix.setPermissions(PosixFilePermissions.fromString("rwx------"));
                }
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (posix == null) {
                return true;
            }
            PosixFileAttributes attributes = posix.readAttributes();
            if (!attributes.isDirectory()) {
                // a symbolic link, which someone else may have put where the directory was to be made
                logger.debug("Not using the replay cache {}: not a directory itself", directory);
                return false;
            }
            Set<PosixFilePermission> permissions = attributes.permissions();
            if (!ownedHere(attributes) || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                logger.debug("Not using the replay cache {}: owned by {} with permissions {}", directory,
                        attributes.owner().getName(), PosixFilePermissions.toString(permissions));
                return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            logger.debug("Cannot use the replay cache {}: {}", directory, e.toString());
            return false;
        }
    }

    /**
     * Whether this process's user owns the directory. A container's user often has no name (the JVM's
     * {@code user.name} is then "?" and the owner is shown as a number): there the numbers are compared,
     * where the system shows this process's ({@code /proc/self}).
     */
    private boolean ownedHere(PosixFileAttributes attributes) {
        if (attributes.owner().getName().equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            Path self = Path.of("/proc/self");
            return Files.isDirectory(self) && Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS)
                    .equals(Files.getAttribute(self, "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Marks the file as used now, so that the files removed to make room are the least used. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // it may go sooner; nothing else depends on its time
        }
    }

    private void removeOldest() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(directory, "*{" + SUFFIX + "," + PLAN_SUFFIX + "}")) {
            listed.forEach(files::add);
        }
        // a process killed while it wrote leaves its temporary file; an hour is longer than any write
        long stale = System.currentTimeMillis() - STALE_TEMPORARY_MILLIS;
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(directory, "*" + TEMPORARY_SUFFIX)) {
            for (Path temporary : listed) {
                if (modified(temporary).toMillis() < stale) {
                    Files.deleteIfExists(temporary);
                }
            }
        }
        if (files.size() <= KEPT) {
            return;
        }
        files.sort(Comparator.comparing(ReplayCache::modified).reversed());
        for (Path old : files.subList(KEPT, files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).lastModifiedTime();
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * What identifies the migrate code that replayed: the jar it was loaded from, with its size and
     * time, so that another build of migrate (a snapshot rebuilt) finds no file its predecessor kept.
     * Null (no caching) when that is not a file: classes in a directory, as while migrate itself is built.
     */
    static @Nullable String codeIdentity() {
        CodeSource source = ReplayCache.class.getProtectionDomain().getCodeSource();
        return codeIdentity(source == null ? null : source.getLocation());
    }

    static @Nullable String codeIdentity(@Nullable URL location) {
        if (location == null) {
            return null;
        }
        String text = location.toString();
        Path jar;
        try {
            if ("file".equals(location.getProtocol())) {
                jar = Path.of(location.toURI());
            } else if (text.startsWith("jar:nested:") && text.indexOf("/!") > 0) {
                // a jar inside a Spring Boot executable jar: the outer jar changes when the inner one does
                jar = Path.of(text.substring("jar:nested:".length(), text.indexOf("/!")));
            } else {
                return null;
            }
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            return text + ' ' + attributes.size() + ' ' + attributes.lastModifiedTime().toMillis();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
