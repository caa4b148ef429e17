package dev.migrate.spring;

/** The database a DataSource connects to, as its JDBC driver names it. */
public record DatabaseInfo(String product, String version) {

    @Override
    public String toString() {
        return product + " " + version;
    }
}
