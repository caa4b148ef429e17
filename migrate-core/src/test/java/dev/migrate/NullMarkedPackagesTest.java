package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every main package of every module is {@code @NullMarked} (jspecify), as Spring Boot 4's are: its
 * types are non-null unless marked {@code @Nullable}. A new package without a {@code package-info.java}
 * that says so fails here; NullAway checks them when they compile (the {@code nullaway} profiles).
 */
class NullMarkedPackagesTest {

    private static final Pattern NULL_MARKED = Pattern.compile(
            "(?m)^@(org\\.jspecify\\.annotations\\.)?NullMarked\\b[\\s\\S]*^package ");

    /** The repository: this test runs in migrate-core. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyMainPackageOfEveryModuleIsNullMarked() throws IOException {
        TreeMap<String, Boolean> packages = mainPackages();
        assertThat(packages).as("main packages found under " + ROOT).containsKeys("dev.migrate", "dev.migrate.schema",
                "dev.migrate.spring.actuate", "dev.migrate.maven", "dev.migrate.example");
        Set<String> missing = new TreeSet<>();
        packages.forEach((name, nullMarked) -> {
            if (!nullMarked) {
                missing.add(name);
            }
        });
        assertThat(missing).as("packages without a package-info.java annotated @NullMarked").isEmpty();
    }

    @Test
    void theCompiledAnnotationIsJSpecifys() throws ClassNotFoundException {
        for (String name : new String[] {"dev.migrate", "dev.migrate.schema", "dev.migrate.diff",
                "dev.migrate.introspect", "dev.migrate.history", "dev.migrate.jpa", "dev.migrate.operation",
                "dev.migrate.dialect", "dev.migrate.xml", "dev.migrate.engine", "dev.migrate.liquibase"}) {
            Class<?> packageInfo = Class.forName(name + ".package-info");
            assertThat(packageInfo.getPackage().isAnnotationPresent(NullMarked.class)).as(name).isTrue();
        }
    }

    /** Each package with a main source file, in any module, and whether its package-info is null-marked. */
    private static TreeMap<String, Boolean> mainPackages() throws IOException {
        TreeMap<String, Boolean> packages = new TreeMap<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path sources : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(sources)) {
                    files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct().forEach(dir -> {
                        String name = sources.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), ".");
                        packages.merge(name, nullMarked(dir.resolve("package-info.java")), Boolean::logicalOr);
                    });
                }
            }
        }
        return packages;
    }

    private static boolean nullMarked(Path packageInfo) {
        try {
            return Files.isRegularFile(packageInfo) && NULL_MARKED.matcher(Files.readString(packageInfo)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
