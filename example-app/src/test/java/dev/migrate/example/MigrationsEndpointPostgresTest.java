package dev.migrate.example;

import dev.migrate.testing.DatabaseKind;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@OnDatabase(DatabaseKind.POSTGRES)
class MigrationsEndpointPostgresTest extends MigrationsEndpointTestBase {

    @BeforeAll
    static void createDatabase() {
        createDatabase(DatabaseKind.POSTGRES);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        database(registry);
    }

    @Override
    String productName() {
        return "PostgreSQL";
    }
}
