package dev.migrate.example;

import dev.migrate.testing.DatabaseKind;
import org.springframework.context.annotation.Import;

@OnDatabase(DatabaseKind.MARIADB)
@Import(BookStoreContainers.class)
class BookStoreMariaDbTest extends BookStoreDatabaseTestBase {

    @Override
    String productName() {
        return "MariaDB";
    }
}
