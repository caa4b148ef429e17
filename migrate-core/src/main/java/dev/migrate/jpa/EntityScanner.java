package dev.migrate.jpa;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the classes Hibernate needs to see in packages (and their sub-packages) on the class
 * path: entities, embeddables, mapped superclasses and attribute converters, in directories and
 * jar files. Classes are loaded without being initialized.
 */
final class EntityScanner {

    private static final List<Class<? extends java.lang.annotation.Annotation>> MAPPED = List.of(
            Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

    private EntityScanner() {
    }

    static List<Class<?>> scan(ClassLoader classLoader, String packageName) {
        String path = packageName.replace('.', '/');
        Set<String> classNames = new TreeSet<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> collectFromDirectory(Path.of(root.toURI()), packageName, classNames);
                    case "jar" -> collectFromJar((JarURLConnection) root.openConnection(), path, classNames);
                    default -> throw new IllegalArgumentException("Cannot scan package " + packageName + " in " + root
                            + ": list its entity classes instead");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot scan package " + packageName, e);
        }
        List<Class<?>> mapped = new ArrayList<>();
        for (String name : classNames) {
            Class<?> type = load(classLoader, name);
            if (isMapped(type)) {
                mapped.add(type);
            }
        }
        return mapped;
    }

    private static void collectFromDirectory(Path directory, String packageName, Set<String> classNames)
            throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(f -> f.getFileName().toString().endsWith(".class")).forEach(f -> {
                String relative = directory.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                addClassName(packageName + "." + relative, classNames);
            });
        }
    }

    static void collectFromJar(JarURLConnection connection, String path, Set<String> classNames)
            throws IOException {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(path + "/") && entry.endsWith(".class")) {
                    addClassName(entry.replace('/', '.'), classNames);
                }
            }
        }
    }

    private static void addClassName(String fileName, Set<String> classNames) {
        String className = fileName.substring(0, fileName.length() - ".class".length());
        if (!className.endsWith("package-info") && !className.endsWith("module-info")) {
            classNames.add(className);
        }
    }

    private static Class<?> load(ClassLoader classLoader, String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("Cannot load " + name + " while scanning for entities", e);
        }
    }

    private static boolean isMapped(Class<?> type) {
        return MAPPED.stream().anyMatch(type::isAnnotationPresent);
    }
}
