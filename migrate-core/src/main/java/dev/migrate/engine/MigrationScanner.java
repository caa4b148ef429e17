package dev.migrate.engine;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the migration files ({@code *.xml}, directly inside each location) in class path and
 * file system locations: {@code classpath:db/migrations}, {@code filesystem:/srv/migrations}, or a
 * plain directory path.
 */
public final class MigrationScanner {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    private final ClassLoader classLoader;

    public MigrationScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public List<MigrationResource> scan(List<String> locations) {
        List<MigrationResource> found = new ArrayList<>();
        for (String location : locations) {
            if (location.startsWith(CLASSPATH)) {
                scanClasspath(trimSlashes(location.substring(CLASSPATH.length())), found);
            } else {
                String path = location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
                scanDirectory(Path.of(path), FILESYSTEM + path, found);
            }
        }
        return found;
    }

    private void scanClasspath(String path, List<MigrationResource> found) {
        try {
            Enumeration<URL> roots = classLoader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    scanDirectory(Path.of(root.toURI()), CLASSPATH + path, found);
                } else if (root.getProtocol().equals("jar")) {
                    scanJar(root, path, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list classpath:" + path, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list classpath:" + path, e);
        }
    }

    private void scanJar(URL root, String path, List<MigrationResource> found) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        String prefix = path + "/";
        String location = CLASSPATH + path;
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                String fileName = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
                if (isMigrationFile(fileName) && !fileName.contains("/")) {
                    String resourcePath = path + "/" + fileName;
                    found.add(new MigrationResource(fileName, location,
                            () -> classLoader.getResourceAsStream(resourcePath)));
                }
            }
        }
    }

    /**
     * The migration files directly inside a directory (none when it does not exist), each described
     * as {@code location/name}, in the order the file system lists them.
     */
    public static List<MigrationResource> inDirectory(Path directory, String location) {
        List<MigrationResource> found = new ArrayList<>();
        scanDirectory(directory, location, found);
        return found;
    }

    private static void scanDirectory(Path directory, String location, List<MigrationResource> found) {
        // java.io rather than a stream of paths: this runs at every start, before anything is compiled
        String[] names = directory.toFile().list();
        if (names == null) {
            if (directory.toFile().isDirectory()) {
                throw new UncheckedIOException(new IOException("Cannot list the migration directory " + directory));
            }
            return;
        }
        File parent = directory.toFile();
        for (String name : names) {
            if (isMigrationFile(name) && new File(parent, name).isFile()) {
                found.add(new MigrationResource(name, location, new FileOpener(parent, name)));
            }
        }
    }

    /**
     * Opens a file of a directory; a class of its own rather than a lambda, which costs more to set up
     * at a cold start. It keeps the directory, shared by all its files, and the name, not a path of its own.
     */
    private record FileOpener(File directory, String name) implements MigrationResource.Opener {
        @Override
        public InputStream open() throws IOException {
            return new FileInputStream(new File(directory, name));
        }
    }

    private static boolean isMigrationFile(String fileName) {
        return fileName.endsWith(".xml");
    }

    private static String trimSlashes(String path) {
        String trimmed = path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
