package dev.migrate.jpa;

import dev.migrate.schema.Schema;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.dialect.Dialect;

/** The zoo's schema per dialect, read once per test run. */
final class Zoo {

    static final String PACKAGE = "dev.migrate.jpa.zoo";

    private static final Map<Class<? extends Dialect>, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Zoo() {
    }

    static OfflineMetadata.Builder metadata(Class<? extends Dialect> dialect) {
        return OfflineMetadata.forDialect(dialect).packages(PACKAGE);
    }

    static Schema schema(Class<? extends Dialect> dialect) {
        return SCHEMAS.computeIfAbsent(dialect, d -> {
            try (OfflineMetadata model = metadata(d).build()) {
                return model.readSchema();
            }
        });
    }
}
