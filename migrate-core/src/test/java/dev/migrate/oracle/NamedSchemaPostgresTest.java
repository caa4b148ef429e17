package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;
import java.util.List;

class NamedSchemaPostgresTest extends NamedSchemaTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Override
    List<String> createSchema() {
        return List.of("create schema inventory");
    }

    @Override
    String withDefaultSchema(String url) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=inventory";
    }

    @Override
    String schemaInCatalog() {
        return "inventory";
    }
}
