package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Schema;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same entities give the same logical model, and so the same files, whichever database make
 * runs on: every entity model of the tests (the zoo, everyday types, each step of the evolution
 * series and of the enum's life), read for PostgreSQL, MariaDB and H2, is one schema.
 */
class SameModelOnEveryDialectTest {

    static Stream<String> models() {
        return Stream.of(Stream.of("dev.migrate.jpa.zoo", "dev.migrate.jpa.common"),
                IntStream.rangeClosed(1, 13).mapToObj(n -> String.format("dev.migrate.oracle.evolution.step%02d", n)),
                IntStream.rangeClosed(1, 3).mapToObj(n -> "dev.migrate.oracle.enums.v" + n)).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("models")
    void oneModelForEveryDatabase(String packageName) {
        Schema postgres = read(OfflineMetadata.forDialect(PostgreSQLDialect.class).databaseVersion(15, 0), packageName);
        Schema mariaDb = read(OfflineMetadata.forDialect(MariaDBDialect.class).databaseVersion(10, 11), packageName);
        Schema h2 = read(OfflineMetadata.forDialect(H2Dialect.class).databaseVersion(2, 4), packageName);
        assertThat(mariaDb).as("MariaDB vs PostgreSQL:%n%s", String.join("\n", mariaDb.differencesFrom(postgres)))
                .isEqualTo(postgres);
        assertThat(h2).as("H2 vs PostgreSQL:%n%s", String.join("\n", h2.differencesFrom(postgres))).isEqualTo(postgres);
    }

    private static Schema read(OfflineMetadata.Builder builder, String packageName) {
        try (OfflineMetadata model = builder.packages(packageName).build()) {
            return model.readSchema();
        }
    }
}
