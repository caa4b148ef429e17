package dev.migrate.engine;

import dev.migrate.xml.MigrationChecksum;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads migration files, each once, and puts them in the order they apply in. */
public final class MigrationLoader {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d+)_[A-Za-z0-9_]+\\.xml");

    private final MigrationReader reader;

    public MigrationLoader(MigrationReader reader) {
        this.reader = reader;
    }

    public List<Migration> load(List<MigrationResource> resources) {
        Map<String, Migration> byId = new LinkedHashMap<>();
        for (MigrationResource resource : resources) {
            Migration migration = read(resource);
            Migration earlier = byId.putIfAbsent(migration.id(), migration);
            if (earlier != null) {
                throw new MigrationLoadException("Two migrations have the id " + migration.id() + ": "
                        + earlier.source() + " and " + migration.source() + "; keep one of them");
            }
        }
        return MigrationOrder.of(new ArrayList<>(byId.values()));
    }

    private Migration read(MigrationResource resource) {
        Matcher name = FILE_NAME.matcher(resource.fileName());
        if (!name.matches()) {
            throw new MigrationLoadException("Migration file " + resource.description()
                    + " is not named NNNN_description.xml (digits, an underscore, then letters, digits or underscores)");
        }
        MigrationDocument document;
        try (InputStream in = resource.open()) {
            document = reader.read(in, resource.description());
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot read migration file " + resource.description(), e);
        }
        String id = resource.fileName().substring(0, resource.fileName().length() - ".xml".length());
        return new Migration(id, Long.parseLong(name.group(1)), document.dependsOn(), document.operations(),
                MigrationChecksum.checksum(document), resource.description());
    }
}
