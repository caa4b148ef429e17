package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationResource;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MigrationFilesTests {

    private final MigrationFiles files = new MigrationFiles(new PathMatchingResourcePatternResolver());

    @Test
    void locationsBecomePatternsForTheFilesDirectlyInside() {
        assertThat(MigrationFiles.pattern("classpath:db/migrations")).isEqualTo("classpath*:db/migrations/*.xml");
        assertThat(MigrationFiles.pattern("filesystem:/srv/m")).isEqualTo("file:/srv/m/*.xml");
        assertThat(MigrationFiles.pattern("file:/srv/m")).isEqualTo("file:/srv/m/*.xml");
    }

    @Test
    void readsClasspathLocations() {
        List<Migration> migrations = files.load(List.of("classpath:db/fixtures/books/"));
        assertThat(migrations).extracting(Migration::id).containsExactly("0001_initial");
        assertThat(migrations.get(0).source()).isEqualTo("classpath:db/fixtures/books/0001_initial.xml");
    }

    @Test
    void theSourceDirectoryAddsToAndReplacesTheLocations(@TempDir Path directory) throws Exception {
        String initial = Files.readString(Path.of("src/test/resources/db/fixtures/books/0001_initial.xml"));
        Files.writeString(directory.resolve("0001_initial.xml"), initial);
        Files.writeString(directory.resolve("0002_index.xml"), """
                <migration xmlns="https://migrate.dev/xml/migration/1.0">
                    <dependsOn>0001_initial</dependsOn>
                    <createIndex tableName="book" indexName="book_title_idx"><column name="title"/></createIndex>
                </migration>
                """);
        List<Migration> migrations = files.load(List.of("classpath:db/fixtures/books"), directory);
        assertThat(migrations).extracting(Migration::id).containsExactly("0001_initial", "0002_index");
        assertThat(migrations.get(0).source()).startsWith(directory.toString());
    }

    @Test
    void readsFileSystemLocationsInNameOrderWithTheirDescriptions(@TempDir Path directory) throws Exception {
        Files.copy(Path.of("src/test/resources/db/fixtures/books/0001_initial.xml"), directory.resolve("0001_initial.xml"));
        Files.writeString(directory.resolve("0002_index.xml"), """
                <migration xmlns="https://migrate.dev/xml/migration/1.0">
                    <dependsOn>0001_initial</dependsOn>
                    <createIndex tableName="book" indexName="book_title_idx"><column name="title"/></createIndex>
                </migration>
                """);
        Files.createDirectory(directory.resolve("0003_not_a_file.xml"));
        Files.writeString(directory.resolve("notes.txt"), "not a migration");

        List<MigrationResource> found = files.find(List.of("filesystem:" + directory + "/"));

        assertThat(found).extracting(MigrationResource::fileName).containsExactly("0001_initial.xml", "0002_index.xml");
        assertThat(found).extracting(MigrationResource::description).containsExactly(
                "filesystem:" + directory + "/0001_initial.xml", "filesystem:" + directory + "/0002_index.xml");
        List<Migration> migrations = files.load(List.of("filesystem:" + directory));
        assertThat(migrations).extracting(Migration::id).containsExactly("0001_initial", "0002_index");
        assertThat(migrations.get(1).operations()).hasSize(1);
    }

    @Test
    void classPathFilesInADirectoryAreReadAsFiles() throws Exception {
        List<MigrationResource> found = files.find(List.of("classpath:db/fixtures/books"));
        assertThat(found).extracting(MigrationResource::fileName).containsExactly("0001_initial.xml");
        try (InputStream in = found.get(0).open()) {
            assertThat(in).isInstanceOf(FileInputStream.class);
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(
                    Files.readString(Path.of("src/test/resources/db/fixtures/books/0001_initial.xml")));
        }
    }

    @Test
    void aMissingLocationHasNoMigrations() {
        assertThat(files.load(List.of("classpath:db/nothing-here"), Path.of("does/not/exist"))).isEmpty();
    }
}
