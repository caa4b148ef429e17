package dev.migrate.testing;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class of one kind of database whose every test gets a fresh, empty database of that kind
 * ({@link TestDatabases#create}), dropped after it.
 */
public abstract class FreshDatabase {

    protected TestDatabase database;

    /** The kind of database the tests run on. */
    protected abstract DatabaseKind kind();

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.create(kind());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }
}
