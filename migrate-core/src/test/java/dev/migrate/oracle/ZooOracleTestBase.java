package dev.migrate.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MakeResult;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate is the oracle, on the zoo (every mapping feature): the migrations made from an empty
 * folder apply to an empty database and equal what Hibernate creates itself ({@link ZooOracle}),
 * and a second make finds nothing to do.
 */
abstract class ZooOracleTestBase {

    static final String ZOO = ZooOracle.ZOO;

    @TempDir
    Path directory;

    abstract DatabaseKind kind();

    @Test
    void migrationsMadeFromTheZooPassValidationAndEqualTheSchemaHibernateCreates() throws Exception {
        OfflineMetadata model = OracleModels.of(kind(), ZOO);
        MigrationsFolder migrations = new MigrationsFolder(directory);

        MakeResult made = migrations.make(model);

        assertThat(made.id()).isEqualTo("0001_initial");
        assertThat(migrations.files()).containsExactly(made.file());
        assertOracle(model, migrations);
    }

    /**
     * With Hibernate's legacy column order (the mapping's), an embedded id's key is not in column
     * order: feeding has columns (day, portions, animal_id) and the key (animal_id, day).
     */
    @Test
    void theSameWithHibernatesLegacyColumnOrder() throws Exception {
        OfflineMetadata model = OracleModels.of(kind(), ZOO, "legacy");
        MigrationsFolder migrations = new MigrationsFolder(directory);

        MakeResult made = migrations.make(model);

        assertThat(Files.readString(made.file()))
                .contains("<createTable tableName=\"feeding\" primaryKeyColumnNames=\"animal_id, day\">");
        assertOracle(model, migrations);
    }

    private void assertOracle(OfflineMetadata model, MigrationsFolder migrations) throws Exception {
        try (TestDatabase ours = TestDatabases.create(kind())) {
            migrations.migrate(ours);
            ZooOracle.assertEqualsHibernatesOwn(ours, model);
        }
        MakeResult again = migrations.make(model);
        assertThat(again.noChanges()).as(again.report()).isTrue();
    }
}
