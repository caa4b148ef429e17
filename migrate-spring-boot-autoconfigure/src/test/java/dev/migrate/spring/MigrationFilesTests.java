package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migration;
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
    void aMissingLocationHasNoMigrations() {
        assertThat(files.load(List.of("classpath:db/nothing-here"), Path.of("does/not/exist"))).isEmpty();
    }
}
