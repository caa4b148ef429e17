package dev.migrate.oracle;

import dev.migrate.testing.DatabaseKind;
import java.util.List;

class NamedSchemaH2Test extends NamedSchemaTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    /** None: the URL creates it, as the advice shows. */
    @Override
    List<String> createSchema() {
        return List.of();
    }

    @Override
    String withDefaultSchema(String url) {
        return url + ";INIT=CREATE SCHEMA IF NOT EXISTS INVENTORY\\;SET SCHEMA INVENTORY";
    }

    @Override
    String schemaInCatalog() {
        return "INVENTORY";
    }
}
