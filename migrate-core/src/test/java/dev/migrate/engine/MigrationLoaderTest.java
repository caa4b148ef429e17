package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.xml.MigrationFileException;
import dev.migrate.xml.MigrationReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {

    private static final String INITIAL = """
            <migration xmlns="https://migrate.dev/xml/migration/1.0">
                <createTable tableName="book"><column name="id" type="bigint"><constraints primaryKey="true"/></column></createTable>
            </migration>""";

    @TempDir
    Path directory;

    private final MigrationLoader loader = new MigrationLoader(new MigrationReader());

    @Test
    void findsFilesOnTheClassPathInOrder() {
        List<Migration> migrations = loader.load(scanner(getClass().getClassLoader()).scan(
                List.of("classpath:scanner-test/db/migrations")));
        assertThat(migrations).extracting(Migration::id).containsExactly("0001_initial", "0002_book_isbn");
        assertThat(migrations.get(1).source()).isEqualTo("classpath:scanner-test/db/migrations/0002_book_isbn.xml");
        assertThat(migrations.get(1).operations()).hasSize(1);
    }

    @Test
    void findsFilesInAJar() throws Exception {
        Path jar = directory.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // like Maven and Spring Boot jars, with directory entries (a class loader finds a folder by them)
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migrations/"));
            for (String name : List.of("0001_initial.xml", "0002_book_isbn.xml")) {
                out.putNextEntry(new JarEntry("db/migrations/" + name));
                out.write(Files.readAllBytes(Path.of(getClass().getResource("/scanner-test/db/migrations/" + name).toURI())));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("db/migrations/nested/0003_ignored.xml"));
            out.write(INITIAL.getBytes());
            out.closeEntry();
        }
        try (URLClassLoader classLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Migration> migrations = loader.load(scanner(classLoader).scan(List.of("classpath:/db/migrations/")));
            assertThat(migrations).extracting(Migration::id).containsExactly("0001_initial", "0002_book_isbn");
            assertThat(migrations.get(0).operations()).hasSize(1);
        }
    }

    @Test
    void readsSeveralLocationsAndPlainDirectories() throws Exception {
        Path more = Files.createDirectories(directory.resolve("more"));
        Files.writeString(more.resolve("0003_drop_isbn.xml"), """
                <migration xmlns="https://migrate.dev/xml/migration/1.0">
                    <dependsOn>0002_book_isbn</dependsOn>
                    <dropColumn tableName="book" columnName="isbn"/>
                </migration>""");
        List<Migration> migrations = loader.load(scanner(getClass().getClassLoader()).scan(
                List.of("classpath:scanner-test/db/migrations", more.toString())));
        assertThat(migrations).extracting(Migration::id).containsExactly("0001_initial", "0002_book_isbn",
                "0003_drop_isbn");
        assertThat(SchemaReplay.of(migrations).requireTable("book").column("isbn")).isEmpty();
    }

    @Test
    void rejectsDuplicateIdsNamingBothFiles() throws Exception {
        Files.writeString(directory.resolve("0001_initial.xml"), INITIAL);
        assertThatThrownBy(() -> loader.load(scanner(getClass().getClassLoader()).scan(
                List.of("classpath:scanner-test/db/migrations", "filesystem:" + directory))))
                .isInstanceOf(MigrationLoadException.class)
                .hasMessageContaining("Two migrations have the id 0001_initial: classpath:scanner-test/db/migrations/"
                        + "0001_initial.xml and filesystem:" + directory + "/0001_initial.xml");
    }

    @Test
    void rejectsABadFileName() throws Exception {
        Files.writeString(directory.resolve("initial.xml"), INITIAL);
        assertThatThrownBy(() -> load()).isInstanceOf(MigrationLoadException.class)
                .hasMessageContaining("initial.xml is not named NNNN_description.xml");
    }

    @Test
    void aFileNameGivesItsNumberUpTo18Digits() {
        assertThat(MigrationLoader.number("0001_initial.xml")).isEqualTo(1);
        assertThat(MigrationLoader.number("0000_start.xml")).isZero();
        assertThat(MigrationLoader.number("20261128_1530_add_isbn.xml")).isEqualTo(20261128);
        assertThat(MigrationLoader.number("999999999999999999_x.xml")).isEqualTo(999_999_999_999_999_999L);
        assertThat(MigrationLoader.number("1000000000000000000_x.xml")).isEqualTo(-1);
        for (String name : List.of("initial.xml", "_x.xml", "0001_.xml", "0001-x.xml", "0001_x.txt", "0001_a-b.xml",
                "0001_x.xml.bak", "x0001_a.xml")) {
            assertThat(MigrationLoader.number(name)).as(name).isEqualTo(-1);
        }
    }

    /** Other entries, a directory named like a migration file too, are passed over; a file that cannot be read says why. */
    @Test
    void readsOnlyTheXmlFilesOfADirectory() throws Exception {
        Files.writeString(directory.resolve("0001_initial.xml"), INITIAL);
        Files.createDirectories(directory.resolve("archive"));
        Files.createDirectories(directory.resolve("0002_old.xml"));
        Files.writeString(directory.resolve("notes.txt"), "not a migration");
        assertThat(load()).extracting(Migration::id).containsExactly("0001_initial");

        MigrationResource unreadable = new MigrationResource("0001_initial.xml", "filesystem:gone", () -> {
            throw new java.io.FileNotFoundException("gone/0001_initial.xml (No such file or directory)");
        });
        assertThatThrownBy(() -> loader.load(List.of(unreadable))).isInstanceOf(MigrationLoadException.class)
                .hasMessage("Cannot read migration file filesystem:gone/0001_initial.xml: gone/0001_initial.xml (No such"
                        + " file or directory)");
    }

    @Test
    void aBrokenFileNamesItselfWhenItIsRead() throws Exception {
        Files.writeString(directory.resolve("0001_initial.xml"), INITIAL.replace("bigint", "bigunt"));
        List<Migration> migrations = load();
        assertThatThrownBy(() -> migrations.get(0).operations()).isInstanceOf(MigrationFileException.class)
                .hasMessageStartingWith("filesystem:" + directory + "/0001_initial.xml line 2, column")
                .hasMessageContaining("Unknown column type 'bigunt'");
    }

    @Test
    void anUnreadableHeadFailsAtOnce() throws Exception {
        Files.writeString(directory.resolve("0001_initial.xml"), "<migration xmlns=\"https://migrate.dev/xml/migration/1.0\">\n<dependsOn>");
        assertThatThrownBy(this::load).isInstanceOf(MigrationFileException.class)
                .hasMessageStartingWith("filesystem:" + directory + "/0001_initial.xml line 2");
    }

    @Test
    void filesOfEverySizeAroundTheReadBufferAreReadWhole() throws Exception {
        String head = "<migration xmlns=\"https://migrate.dev/xml/migration/1.0\">\n<!-- ";
        String tail = " -->\n" + INITIAL.substring(INITIAL.indexOf('\n') + 1);
        for (int size : new int[] {16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 40_000}) {
            String text = head + "x".repeat(size - head.length() - tail.length()) + tail;
            assertThat(text).hasSize(size);
            Files.writeString(directory.resolve("0001_initial.xml"), text);
            Migration migration = load().get(0);
            assertThat(migration.fileHash()).isEqualTo(FileHash.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString());
            // the parse reads the bytes the load read
            assertThat(migration.operations()).hasSize(1);
        }
    }

    /** A file not vouched for is parsed from the bytes the load hashed, whatever happens to the file since. */
    @Test
    void aNewFileIsParsedFromTheBytesTheLoadRead() throws Exception {
        Path file = directory.resolve("0001_initial.xml");
        Files.writeString(file, INITIAL);
        Migration migration = load().get(0);
        Files.writeString(file, INITIAL.replace("book", "novel"));
        assertThat(migration.operations()).singleElement().extracting(o -> o.describe()).asString().contains("book");
        assertThat(migration.fileHash()).isEqualTo(FileHash.of(INITIAL.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
    }

    /**
     * A file the history vouches for keeps no bytes: its parse reads the file again, and an edit made
     * since the load is refused rather than read as the vouched content.
     */
    @Test
    void aVouchedFileIsReadAgainAndAnEditSinceTheLoadIsRefused() throws Exception {
        Path file = directory.resolve("0001_initial.xml");
        Files.writeString(file, INITIAL);
        Migration unchanged = load().get(0);
        unchanged.vouchedFor(unchanged.fileHash(), "recorded");
        assertThat(unchanged.operations()).hasSize(1);
        assertThat(unchanged.checksum()).isEqualTo("recorded");

        Migration edited = load().get(0);
        edited.vouchedFor(edited.fileHash(), "recorded");
        Files.writeString(file, INITIAL.replace("book", "novel"));
        assertThatThrownBy(edited::operations).isInstanceOf(MigrationLoadException.class)
                .hasMessage("Migration file filesystem:" + file + " changed after the application read it; restart the"
                        + " application to read it again");
    }

    private List<Migration> load() {
        return loader.load(scanner(getClass().getClassLoader()).scan(List.of("filesystem:" + directory)));
    }

    private static MigrationScanner scanner(ClassLoader classLoader) {
        return new MigrationScanner(classLoader);
    }

}
