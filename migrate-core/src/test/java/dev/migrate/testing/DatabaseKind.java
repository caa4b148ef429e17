package dev.migrate.testing;

/** The databases every integration test runs against. */
public enum DatabaseKind {
    H2(null),
    POSTGRES("MIGRATE_TEST_POSTGRES"),
    MARIADB("MIGRATE_TEST_MARIADB");

    private final String environmentPrefix;

    DatabaseKind(String environmentPrefix) {
        this.environmentPrefix = environmentPrefix;
    }

    /** The environment variable that names this kind's server, such as {@code MIGRATE_TEST_POSTGRES_URL}. */
    public String urlVariable() {
        return environmentPrefix + "_URL";
    }

    String userVariable() {
        return environmentPrefix + "_USER";
    }

    String passwordVariable() {
        return environmentPrefix + "_PASSWORD";
    }
}
