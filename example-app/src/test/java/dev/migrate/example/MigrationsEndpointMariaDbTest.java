package dev.migrate.example;

import dev.migrate.testing.DatabaseKind;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@OnDatabase(DatabaseKind.MARIADB)
class MigrationsEndpointMariaDbTest extends MigrationsEndpointTestBase {

    @BeforeAll
    static void createDatabase() {
        createDatabase(DatabaseKind.MARIADB);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        database(registry);
    }

    @Override
    String productName() {
        return "MariaDB";
    }
}
