package dev.migrate.example;

import dev.migrate.testing.DatabaseKind;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class MigrationsEndpointH2Test extends MigrationsEndpointTestBase {

    @BeforeAll
    static void createDatabase() {
        createDatabase(DatabaseKind.H2);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        database(registry);
    }

    @Override
    String productName() {
        return "H2";
    }
}
