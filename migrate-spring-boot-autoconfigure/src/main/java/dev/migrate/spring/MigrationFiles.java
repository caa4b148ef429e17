package dev.migrate.spring;

import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationResource;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.xml.MigrationReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds and reads migration files through Spring's resource resolution, which also lists
 * directories inside the nested jars of an executable Boot jar.
 */
public final class MigrationFiles {

    private static final String FILESYSTEM = "filesystem:";

    private final ResourcePatternResolver resolver;
    private final MigrationLoader loader = new MigrationLoader(new MigrationReader());
    private final MigrationScanner scanner = new MigrationScanner(MigrationFiles.class.getClassLoader());

    public MigrationFiles(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    /** The migrations in the locations, in the order they apply in. */
    public List<Migration> load(List<String> locations) {
        return loader.load(find(locations));
    }

    /**
     * The migrations in the locations and in the source directory, where a file in the directory
     * replaces one of the same name in the locations (it is the newer copy of the same file).
     */
    public List<Migration> load(List<String> locations, Path sourceDir) {
        return loader.load(development(locations, sourceDir));
    }

    /**
     * The same files as {@link #load(List, Path)}, more than one latest migration allowed: what
     * make --merge reads to join the branches.
     */
    public List<Migration> loadBranches(List<String> locations, Path sourceDir) {
        return loader.loadBranches(development(locations, sourceDir));
    }

    private List<MigrationResource> development(List<String> locations, Path sourceDir) {
        List<MigrationResource> inDirectory = inDirectory(sourceDir);
        Set<String> names = inDirectory.stream().map(MigrationResource::fileName).collect(Collectors.toSet());
        List<MigrationResource> all = new ArrayList<>();
        find(locations).stream().filter(r -> !names.contains(r.fileName())).forEach(all::add);
        all.addAll(inDirectory);
        return all;
    }

    /**
     * The files of the locations, each location's in name order. A {@code filesystem:} location is
     * listed with {@code java.io} ({@link MigrationScanner}), and any file, on the class path too, is
     * read through a {@link FileInputStream}: Spring's pattern matching and NIO streams cost a cold
     * start about three times as much for 500 files. Class path locations inside jars (nested ones in
     * an executable Boot jar too) go through Spring's resource resolution.
     */
    List<MigrationResource> find(List<String> locations) {
        List<MigrationResource> found = new ArrayList<>();
        for (String location : locations) {
            String trimmed = trimTrailingSlashes(location.trim());
            List<MigrationResource> inLocation = new ArrayList<>();
            if (trimmed.startsWith(FILESYSTEM)) {
                inLocation.addAll(scanner.scan(List.of(trimmed)));
            } else {
                Resource[] resources;
                try {
                    resources = resolver.getResources(pattern(trimmed));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list the migration location " + location, e);
                }
                for (Resource resource : resources) {
                    String name = resource.getFilename();
                    if (name != null && resource.isReadable()) {
                        inLocation.add(new MigrationResource(name, trimmed, opener(resource)));
                    }
                }
            }
            inLocation.sort(Comparator.comparing(MigrationResource::fileName));
            found.addAll(inLocation);
        }
        return found;
    }

    /** Opens a resource that is a file as a file, and any other through Spring. */
    private static MigrationResource.Opener opener(Resource resource) {
        if (resource.isFile()) {
            try {
                File file = resource.getFile();
                return () -> new FileInputStream(file);
            } catch (IOException e) {
                // not a file after all: Spring opens it
            }
        }
        return resource::getInputStream;
    }

    private static List<MigrationResource> inDirectory(Path directory) {
        List<MigrationResource> found = new ArrayList<>(MigrationScanner.inDirectory(directory, directory.toString()));
        found.sort(Comparator.comparing(MigrationResource::fileName));
        return found;
    }

    /**
     * The Liquibase changelogs, SQL and CSV files the import reads, by the paths Liquibase uses:
     * {@code classpath:db/changelog/x.xml} and {@code db/changelog/x.xml} on the class path,
     * {@code file:...} in the file system.
     */
    public dev.migrate.liquibase.ChangelogResources changelogResources() {
        return new dev.migrate.liquibase.ChangelogResources() {
            @Override
            public java.io.@Nullable InputStream open(String path) throws IOException {
                Resource resource = resolver.getResource(location(path));
                return resource.exists() && resource.isReadable() ? resource.getInputStream() : null;
            }

            @Override
            public List<String> list(String directory) throws IOException {
                String base = directory.endsWith("/") ? directory : directory + "/";
                String pattern = location(base).replaceFirst("^classpath:", "classpath*:") + "*";
                List<String> found = new ArrayList<>();
                for (Resource resource : resolver.getResources(pattern)) {
                    if (resource.isReadable() && resource.getFilename() != null) {
                        found.add(base + resource.getFilename());
                    }
                }
                return found;
            }

            private String location(String path) {
                return path.startsWith("classpath:") || path.startsWith("file:") ? path
                        : "classpath:" + dev.migrate.liquibase.ChangeSetId.normalizedFile(path);
            }
        };
    }

    /** The resource pattern for the files directly inside a location. */
    static String pattern(String location) {
        if (location.startsWith("classpath:")) {
            // every class path root, as the files of one application may sit in more than one
            return "classpath*:" + location.substring("classpath:".length()) + "/*.xml";
        }
        if (location.startsWith("filesystem:")) {
            return "file:" + location.substring("filesystem:".length()) + "/*.xml";
        }
        return location + "/*.xml";
    }

    private static String trimTrailingSlashes(String location) {
        String trimmed = location;
        while (trimmed.endsWith("/") && !trimmed.endsWith(":/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
