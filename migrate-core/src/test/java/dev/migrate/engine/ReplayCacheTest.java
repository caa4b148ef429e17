package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaBytes;
import dev.migrate.xml.MigrationReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCacheTest {

    @TempDir
    Path files;

    @TempDir
    Path root;

    Path directory;

    @BeforeEach
    void twoFiles() throws IOException {
        directory = root.resolve("cache");
        write("0001_author.xml", null, """
                <createTable tableName="author">
                    <column name="id" type="bigint"><constraints primaryKey="true" nullable="false"/></column>
                    <column name="name" type="varchar(100)"/>
                </createTable>""");
        write("0002_book.xml", "0001_author", """
                <createTable tableName="book">
                    <column name="id" type="bigint"><constraints primaryKey="true" nullable="false"/></column>
                </createTable>""");
    }

    private void write(String name, String dependsOn, String changes) throws IOException {
        Files.writeString(files.resolve(name), "<migration xmlns=\"https://migrate.dev/xml/migration/1.0\">\n"
                + (dependsOn == null ? "" : "    <dependsOn>" + dependsOn + "</dependsOn>\n") + changes + "\n</migration>\n");
    }

    private List<Migration> load() {
        return new MigrationLoader(new MigrationReader()).load(
                new MigrationScanner(getClass().getClassLoader()).scan(List.of("filesystem:" + files)));
    }

    private static ReplayCache cache(Path directory, List<Migration> migrations) {
        return cache(directory, migrations, "migrate-test.jar 1 2");
    }

    private static ReplayCache cache(Path directory, List<Migration> migrations, String codeIdentity) {
        return java.util.Objects.requireNonNull(ReplayCache.of(directory, migrations, codeIdentity));
    }

    /** The schema the cache holds for its migrations, or null. */
    private static @Nullable Schema schemaIn(ReplayCache cache) {
        byte[] bytes = cache.find();
        return bytes == null ? null : SchemaBytes.read(bytes);
    }

    @Test
    void aStartWithTheSameFilesReadsTheSchemaTheFirstOneKept() {
        List<Migration> first = load();
        assertThat(schemaIn(cache(directory, first))).isNull();
        Schema replayed = SchemaReplay.of(first);
        cache(directory, first).keep(replayed);

        assertThat(schemaIn(cache(directory, load()))).isEqualTo(replayed);
        if (Files.getFileAttributeView(directory, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(directory).satisfies(d -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d)))
                    .isEqualTo("rwx------"));
        }
    }

    @Test
    void anyChangedAddedOrRemovedFileOrAnotherMigrateFindsNothing() throws IOException {
        List<Migration> first = load();
        cache(directory, first).keep(SchemaReplay.of(first));

        Files.writeString(files.resolve("0002_book.xml"), Files.readString(files.resolve("0002_book.xml")) + " ");
        assertThat(schemaIn(cache(directory, load()))).isNull();

        write("0003_more.xml", "0002_book", "<dropTable tableName=\"book\"/>");
        assertThat(schemaIn(cache(directory, load()))).isNull();

        Files.delete(files.resolve("0003_more.xml"));
        Files.writeString(files.resolve("0002_book.xml"), Files.readString(files.resolve("0002_book.xml")).strip() + "\n");
        assertThat(schemaIn(cache(directory, load()))).isEqualTo(SchemaReplay.of(first));
        assertThat(schemaIn(cache(directory, load(), "migrate-test.jar 1 3"))).isNull();
    }

    @Test
    void aMigratorKeepsItsPlanInTheDefaultDirectoryUnlessGivenAnotherOrNone() {
        Migrator migrator = new Migrator(load(), "migrate_history");
        assertThat(migrator.replayCache()).isEqualTo(MigrateConfiguration.defaultReplayCache());
        assertThat(new Migrator(load(), "migrate_history", null).replayCache())
                .isEqualTo(MigrateConfiguration.defaultReplayCache());
        assertThat(migrator.withReplayCache(directory).replayCache()).isEqualTo(directory);
        assertThat(migrator.withReplayCache(null).replayCache()).isNull();
    }

    @Test
    void theDefaultDirectoryIsNamedAfterTheUserInTheTemporaryDirectory() {
        assertThat(MigrateConfiguration.defaultReplayCache()).isEqualTo(MigrateConfiguration.defaultReplayCache(
                System.getProperty("java.io.tmpdir"), System.getProperty("user.name")));
        for (String user : List.of("alice", "Bob.Smith_2-x", "DOMAIN\\jo doe", "müller", "?", "", "a\uD83D\uDE00b", "../etc")) {
            assertThat(MigrateConfiguration.defaultReplayCache("/var/tmp", user)).as(user)
                    .isEqualTo(Path.of("/var/tmp", "migrate-replay-cache-" + user.replaceAll("[^A-Za-z0-9._-]", "_")));
        }
    }

    @Test
    void aDamagedFileIsAMissAndIsWrittenAgain() throws IOException {
        List<Migration> migrations = load();
        Schema replayed = SchemaReplay.of(migrations);
        cache(directory, migrations).keep(replayed);
        Path file;
        try (var listed = Files.list(directory)) {
            file = listed.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int at : new int[] {0, bytes.length / 2, bytes.length - 1}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x10;
            Files.write(file, damaged);
            assertThat(schemaIn(cache(directory, migrations))).isNull();
        }
        Files.write(file, new byte[0]);
        assertThat(schemaIn(cache(directory, migrations))).isNull();

        cache(directory, migrations).keep(replayed);
        assertThat(schemaIn(cache(directory, migrations))).isEqualTo(replayed);
    }

    @Test
    void aDirectoryOthersMayWriteToIsNotUsed() throws IOException {
        List<Migration> migrations = load();
        Files.createDirectories(directory);
        if (Files.getFileAttributeView(directory, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
            return; // no such permissions on this file system
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
        cache(directory, migrations).keep(SchemaReplay.of(migrations));
        try (var listed = Files.list(directory)) {
            assertThat(listed).isEmpty();
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        cache(directory, migrations).keep(SchemaReplay.of(migrations));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwx---"));
        assertThat(schemaIn(cache(directory, migrations))).isNull();
    }

    /**
     * A container's user often has no name: the JVM's {@code user.name} is "?" while the directory's owner
     * shows as a number. Where the system shows the process's own user ({@code /proc/self}), the cache
     * still finds the directory it made its own.
     */
    @Test
    void aDirectoryOfThisProcessIsUsedWhenItsUserHasNoName() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a system with /proc");
        List<Migration> migrations = load();
        Schema replayed = SchemaReplay.of(migrations);
        String userName = System.getProperty("user.name");
        System.setProperty("user.name", "?");
        try {
            cache(directory, migrations).keep(replayed);
            assertThat(schemaIn(cache(directory, load()))).isEqualTo(replayed);
        } finally {
            System.setProperty("user.name", userName);
        }
    }

    @Test
    void aSymbolicLinkWhereTheDirectoryIsToBeIsNotFollowed() throws IOException {
        List<Migration> migrations = load();
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.createSymbolicLink(directory, elsewhere);
        cache(directory, migrations).keep(SchemaReplay.of(migrations));
        try (var listed = Files.list(elsewhere)) {
            assertThat(listed).isEmpty();
        }
        cache(elsewhere, migrations).keep(SchemaReplay.of(migrations));
        assertThat(schemaIn(cache(elsewhere, migrations))).isNotNull();
        assertThat(schemaIn(cache(directory, migrations))).isNull();
    }

    @Test
    void aPathThatCannotBeADirectoryIsAMiss() throws IOException {
        List<Migration> migrations = load();
        Path notADirectory = Files.writeString(root.resolve("file"), "x");
        cache(notADirectory, migrations).keep(SchemaReplay.of(migrations));
        assertThat(schemaIn(cache(notADirectory, migrations))).isNull();
        assertThat(schemaIn(cache(notADirectory.resolve("below"), migrations))).isNull();
        assertThat(Files.readString(notADirectory)).isEqualTo("x");
    }

    @Test
    void keepsTheMostRecentlyUsedFiles() throws Exception {
        List<Migration> migrations = load();
        Schema replayed = SchemaReplay.of(migrations);
        cache(directory, migrations, "build 0").keep(replayed);
        for (int i = 1; i < ReplayCache.KEPT + 3; i++) {
            Thread.sleep(5);
            cache(directory, migrations, "build " + i).keep(replayed);
            assertThat(schemaIn(cache(directory, migrations, "build 0"))).as("used after build %d", i).isNotNull();
        }
        try (var listed = Files.list(directory)) {
            assertThat(listed.filter(p -> p.toString().endsWith(".schema"))).hasSize(ReplayCache.KEPT);
        }
        assertThat(schemaIn(cache(directory, migrations, "build 1"))).isNull();
        assertThat(schemaIn(cache(directory, migrations, "build " + (ReplayCache.KEPT + 2)))).isNotNull();
    }

    @Test
    void schemasAndPlansShareTheFilesKept() throws Exception {
        List<Migration> migrations = load();
        Schema replayed = SchemaReplay.of(migrations);
        List<PlannedMigration> plan = SchemaReplay.prepare(migrations, Set.of("0001_author", "0002_book"), Dialect.h2());
        for (int i = 0; i < ReplayCache.KEPT; i++) {
            Thread.sleep(2);
            ReplayCache cache = cache(directory, migrations, "build " + i);
            cache.keep(replayed);
            cache.keepPlan(Dialect.h2(), plan);
        }
        try (var listed = Files.list(directory)) {
            assertThat(listed.filter(p -> p.toString().endsWith(".schema") || p.toString().endsWith(".plan")))
                    .hasSize(ReplayCache.KEPT);
        }
        assertThat(cache(directory, load(), "build " + (ReplayCache.KEPT - 1)).findPlan(Dialect.h2())).isNotNull();
        assertThat(cache(directory, load(), "build 0").findPlan(Dialect.h2())).isNull();
    }

    @Test
    void aTemporaryFileLeftByAKilledWriterGoesWhenItIsStale() throws IOException {
        List<Migration> migrations = load();
        Files.createDirectories(directory);
        Path stale = Files.writeString(directory.resolve("abc123.tmp"), "half a sch");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - ReplayCache.STALE_TEMPORARY_MILLIS - 60_000));
        Path writing = Files.writeString(directory.resolve("def456.tmp"), "being written");
        cache(directory, migrations).keep(SchemaReplay.of(migrations));
        assertThat(stale).doesNotExist();
        assertThat(writing).exists();
        assertThat(schemaIn(cache(directory, migrations))).isNotNull();
    }

    /** Keeping is best effort: a plan that cannot be written (here, its checksum fails) is not kept, and nothing is thrown. */
    @Test
    void aPlanThatCannotBeWrittenIsNotKeptAndFailsNothing() {
        MigrationResource file = new MigrationResource("0001_x.xml", "filesystem:gone", () -> {
            throw new java.io.FileNotFoundException("gone/0001_x.xml");
        });
        Migration unreadable = Migration.lazy("0001_x", 1, List.of(), List.of(), FileHash.of(new byte[] {1}), file,
                vouched -> {
                    throw new MigrationLoadException("0001_x.xml cannot be read");
                });
        ReplayCache cache = cache(directory, List.of(unreadable));

        cache.keepPlan(Dialect.h2(), List.of(new PlannedMigration(unreadable, PlannedMigration.Direction.FORWARDS, false,
                List.of())));

        assertThat(cache.findPlan(Dialect.h2())).isNull();
    }

    @Test
    void migrationsMadeInCodeAreNotKept() {
        List<Migration> migrations = List.of(new Migration("0001_x", 1, List.of(), List.of(), "c", "test"));
        assertThat(ReplayCache.of(directory, migrations, "migrate-test.jar 1 2")).isNull();
        assertThat(directory).doesNotExist();
    }

    @Test
    void theCodeIsIdentifiedByItsJarItsSizeAndItsTime() throws Exception {
        Path jar = Files.write(root.resolve("migrate-core.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        java.net.URL plain = jar.toUri().toURL();
        assertThat(ReplayCache.codeIdentity(plain)).isEqualTo(plain + " 3 1000000");
        java.net.URL nested = new java.net.URL(null, "jar:nested:" + jar + "/!BOOT-INF/lib/migrate-core.jar!/",
                new java.net.URLStreamHandler() {
                    @Override
                    protected java.net.URLConnection openConnection(java.net.URL url) {
                        throw new UnsupportedOperationException();
                    }
                });
        assertThat(ReplayCache.codeIdentity(nested)).isEqualTo(nested + " 3 1000000");

        Files.write(jar, new byte[] {1, 2, 3, 4});
        assertThat(ReplayCache.codeIdentity(plain)).isNotEqualTo(plain + " 3 1000000");
        assertThat(ReplayCache.codeIdentity(root.toUri().toURL())).isNull();
        assertThat(ReplayCache.codeIdentity(root.resolve("gone.jar").toUri().toURL())).isNull();
        assertThat(ReplayCache.codeIdentity(null)).isNull();
    }

    @Test
    void migrateReadsTheCacheThroughItsConfiguration() {
        List<Migration> first = load();
        Schema replayed = SchemaReplay.of(first);
        String identity = ReplayCache.codeIdentity();
        if (identity == null) {
            // migrate-core's classes are in a directory (this module's own build): a replay is not kept
            assertThat(new Migrate(MigrateConfiguration.of(new org.h2.jdbcx.JdbcDataSource(), first)
                    .withReplayCache(directory)).replayed()).isEqualTo(replayed);
            assertThat(directory).doesNotExist();
            return;
        }
        assertThat(new Migrate(MigrateConfiguration.of(new org.h2.jdbcx.JdbcDataSource(), first)
                .withReplayCache(directory)).replayed()).isEqualTo(replayed);
        assertThat(schemaIn(cache(directory, first))).isNull();
        assertThat(schemaIn(cache(directory, load(), identity))).isEqualTo(replayed);
    }

    @Test
    void aPlanIsKeptPerDialectAndVouchesForItsMigrationsChecksums() {
        List<Migration> first = load();
        List<PlannedMigration> plan = SchemaReplay.prepare(first, Set.of("0001_author", "0002_book"), Dialect.postgresql());
        cache(directory, first).keepPlan(Dialect.postgresql(), plan);

        List<Migration> again = load();
        List<PlannedMigration> read = cache(directory, again).findPlan(Dialect.postgresql());
        assertThat(read).isNotNull();
        assertThat(read).extracting(PlannedMigration::steps)
                .isEqualTo(plan.stream().map(PlannedMigration::steps).toList());
        assertThat(read).extracting(p -> p.migration().id()).containsExactly("0001_author", "0002_book");
        for (int i = 0; i < again.size(); i++) {
            assertThat(again.get(i).checksum()).isEqualTo(first.get(i).checksum());
        }

        assertThat(cache(directory, load()).findPlan(Dialect.mariadb())).isNull();
        assertThat(cache(directory, load()).findPlan(Dialect.h2())).isNull();
        assertThat(schemaIn(cache(directory, load()))).as("a plan is not a schema").isNull();
    }

    @Test
    void aDamagedPlanOrOneOfOtherMigrationsIsAMiss() throws IOException {
        List<Migration> migrations = load();
        cache(directory, migrations).keepPlan(Dialect.h2(),
                SchemaReplay.prepare(migrations, Set.of("0001_author", "0002_book"), Dialect.h2()));
        Path file;
        try (var listed = Files.list(directory)) {
            file = listed.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] damaged = bytes.clone();
        damaged[bytes.length / 2] ^= 0x10;
        Files.write(file, damaged);
        List<Migration> again = load();
        assertThat(cache(directory, again).findPlan(Dialect.h2())).isNull();

        // a plan written for other migrations under this name (as only a collision could) is refused too
        List<Migration> one = load().subList(0, 1);
        byte[] other = PlanBytes.write(SchemaReplay.prepare(one, Set.of("0001_author"), Dialect.h2()));
        byte[] content = java.util.Arrays.copyOf(other, other.length + 4);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(other);
        java.nio.ByteBuffer.wrap(content, other.length, 4).putInt((int) crc.getValue());
        Files.write(file, content);
        assertThat(cache(directory, again).findPlan(Dialect.h2())).isNull();
    }

    /**
     * A file whose name is another dialect's or another set of files' (copied, restored from a backup,
     * synchronised between machines) holds what was kept for those: it is a miss, not their plan or
     * schema taken for this one's.
     */
    @Test
    void aFileUnderAnotherFilesNameIsAMiss() throws IOException {
        List<Migration> migrations = load();
        cache(directory, migrations).keepPlan(Dialect.postgresql(),
                SchemaReplay.prepare(migrations, Set.of("0001_author", "0002_book"), Dialect.postgresql()));
        Path postgresql = kept(".postgresql.plan");
        Files.copy(postgresql, directory.resolve(postgresql.getFileName().toString()
                .replace(".postgresql.plan", ".mariadb.plan")));
        assertThat(cache(directory, load()).findPlan(Dialect.mariadb())).as("PostgreSQL's plan on MariaDB").isNull();
        assertThat(cache(directory, load()).findPlan(Dialect.postgresql())).isNotNull();

        ReplayCache first = cache(directory, migrations, "build 1");
        first.keep(SchemaReplay.of(migrations));
        Path schema = kept(".schema");
        write("0002_book.xml", "0001_author", "<createTable tableName=\"shelf\"><column name=\"id\" type=\"bigint\"/></createTable>");
        List<Migration> changed = load();
        cache(directory, changed, "build 1").keep(SchemaReplay.of(changed));
        Path changedSchema;
        try (var listed = Files.list(directory)) {
            changedSchema = listed.filter(p -> p.toString().endsWith(".schema") && !p.equals(schema)).findFirst().orElseThrow();
        }
        Files.copy(schema, changedSchema, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(schemaIn(cache(directory, load(), "build 1"))).as("the schema of the files before the change").isNull();
    }

    private Path kept(String suffix) throws IOException {
        try (var listed = Files.list(directory)) {
            return listed.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    /** A file too large for an array (here a sparse one) is a miss, not an error that stops the start. */
    @Test
    void aFileTooLargeToReadIsAMiss() throws IOException {
        List<Migration> migrations = load();
        cache(directory, migrations).keep(SchemaReplay.of(migrations));
        Path file = kept(".schema");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(Integer.MAX_VALUE + 16L);
        }
        assertThat(schemaIn(cache(directory, migrations))).isNull();
        Files.delete(file);
    }
}
