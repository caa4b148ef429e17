package dev.migrate.liquibase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where a changelog and the files it includes are read from, by the paths Liquibase uses
 * ({@code classpath:db/changelog/x.xml}, {@code db/changelog/x.xml}): the class path, a directory, or
 * (in the Spring module) Spring's resource loading.
 */
public interface ChangelogResources {

    /** The content of one file, or null when there is none. */
    @Nullable InputStream open(String path) throws IOException;

    /** The paths of the files directly in a directory (for {@code includeAll}), in any order. */
    List<String> list(String directory) throws IOException;

    /** Files on a class loader's class path. */
    static ChangelogResources classpath(ClassLoader loader) {
        return new ChangelogResources() {
            @Override
            public @Nullable InputStream open(String path) {
                return loader.getResourceAsStream(ChangeSetId.normalizedFile(path));
            }

            @Override
            public List<String> list(String directory) throws IOException {
                String dir = ChangeSetId.normalizedFile(directory);
                dir = dir.endsWith("/") ? dir : dir + "/";
                List<String> found = new ArrayList<>();
                java.net.URL url = loader.getResource(dir);
                if (url != null && "file".equals(url.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(java.net.URI.create(url.toString())))) {
                        for (Path file : files.filter(Files::isRegularFile).toList()) {
                            found.add(dir + file.getFileName());
                        }
                    }
                }
                return found;
            }
        };
    }

    /** Files under a directory, {@code classpath:} paths included (the directory stands for the class path root). */
    static ChangelogResources directory(Path root) {
        return new ChangelogResources() {
            @Override
            public @Nullable InputStream open(String path) throws IOException {
                Path file = root.resolve(ChangeSetId.normalizedFile(path));
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            }

            @Override
            public List<String> list(String directory) throws IOException {
                String dir = ChangeSetId.normalizedFile(directory);
                dir = dir.endsWith("/") || dir.isEmpty() ? dir : dir + "/";
                Path path = root.resolve(dir);
                if (!Files.isDirectory(path)) {
                    return List.of();
                }
                List<String> found = new ArrayList<>();
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        found.add(dir + file.getFileName());
                    }
                }
                return found;
            }
        };
    }
}
