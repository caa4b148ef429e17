package dev.migrate.example;

import dev.migrate.testing.DatabaseKind;
import org.springframework.context.annotation.Import;

@OnDatabase(DatabaseKind.POSTGRES)
@Import(BookStoreContainers.class)
class BookStorePostgresTest extends BookStoreDatabaseTestBase {

    @Override
    String productName() {
        return "PostgreSQL";
    }
}
