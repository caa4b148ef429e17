package dev.migrate.engine;

import dev.migrate.xml.MigrationHeader;
import dev.migrate.xml.MigrationReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads migration files, each once, and puts them in the order they apply in. Only the head of each
 * file is parsed here; the rest is parsed when the run needs it (see {@link Migration}).
 */
public final class MigrationLoader {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d+)_[A-Za-z0-9_]+\\.xml");

    private final MigrationReader reader;

    public MigrationLoader(MigrationReader reader) {
        this.reader = reader;
    }

    /** The migrations in order; refuses a history with more than one latest migration, as every command but merge needs. */
    public List<Migration> load(List<MigrationResource> resources) {
        return load(resources, false);
    }

    /**
     * The migrations in order, more than one latest migration allowed (Django's multiple leaf
     * nodes): what {@code make --merge} reads to join the branches. Every other check stays.
     */
    public List<Migration> loadBranches(List<MigrationResource> resources) {
        return load(resources, true);
    }

    private List<Migration> load(List<MigrationResource> resources, boolean severalLatest) {
        Map<String, Migration> byId = new LinkedHashMap<>();
        for (MigrationResource resource : resources) {
            Migration migration = read(resource);
            Migration earlier = byId.putIfAbsent(migration.id(), migration);
            if (earlier != null) {
                throw new MigrationLoadException("Two migrations have the id " + migration.id() + ": "
                        + earlier.source() + " and " + migration.source() + "; keep one of them");
            }
        }
        return MigrationOrder.of(Squashes.graph(new ArrayList<>(byId.values())), severalLatest);
    }

    /** Reads the file's bytes once: its hash and dependencies now, the rest when asked for. */
    private Migration read(MigrationResource resource) {
        Matcher name = FILE_NAME.matcher(resource.fileName());
        if (!name.matches()) {
            throw new MigrationLoadException("Migration file " + resource.description()
                    + " is not named NNNN_description.xml (digits, an underscore, then letters, digits or underscores)");
        }
        byte[] content;
        try (InputStream in = resource.open()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot read migration file " + resource.description(), e);
        }
        String id = resource.fileName().substring(0, resource.fileName().length() - ".xml".length());
        MigrationHeader.Head head = MigrationHeader.head(content, resource.description());
        return Migration.lazy(id, Long.parseLong(name.group(1)), head.dependsOn(), head.replaces(), sha256(content),
                resource.description(),
                () -> reader.read(new ByteArrayInputStream(content), resource.description()));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
