package dev.migrate.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.MigrateOptions;
import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.MigrationException;
import dev.migrate.engine.MigrationStateException;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database Hibernate made itself ({@code ddl-auto}) adopts migrations: the first migrate fails
 * because the tables exist, fake-initial then records the initial migration without running it
 * (every table, column, type, key and index checked), and Hibernate validates the database. A
 * database that differs is refused with each difference.
 */
abstract class AdoptionTestBase {

    @TempDir
    Path directory;

    abstract DatabaseKind kind();

    @Test
    void aDatabaseHibernateMadeIsAdoptedWithFakeInitial() throws Exception {
        OfflineMetadata model = OracleModels.of(kind(), ZooOracle.ZOO);
        MigrationsFolder migrations = new MigrationsFolder(directory);
        migrations.make(model);
        try (TestDatabase database = TestDatabases.create(kind())) {
            RealHibernate.create(database, model);
            assertThatThrownBy(() -> migrations.migrate(database)).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Migration 0001_initial failed at operation 1");

            MigrateResult adopted = migrations.migrate(database, MigrateOptions.forwards(null).withFakeInitial(true));

            assertThat(adopted.faked()).containsExactly("0001_initial");
            RealHibernate.validate(database, model);
            assertThat(migrations.migrate(database).applied()).isEmpty();
        }
    }

    @Test
    void aDatabaseThatDiffersIsRefusedWithEachDifference() throws Exception {
        OfflineMetadata model = OracleModels.of(kind(), ZooOracle.ZOO);
        MigrationsFolder migrations = new MigrationsFolder(directory);
        migrations.make(model);
        try (TestDatabase database = TestDatabases.create(kind())) {
            RealHibernate.create(database, model);
            database.execute("alter table passport drop column issuer", "drop table visit_stops");

            assertThatThrownBy(() -> migrations.migrate(database, MigrateOptions.forwards(null).withFakeInitial(true)))
                    .isInstanceOf(MigrationStateException.class)
                    .hasMessageStartingWith("Cannot fake the initial migration 0001_initial: the database does not hold"
                            + " exactly what it creates (nothing was changed).")
                    .hasMessageContaining("Table visit_stops is in the migrations but not in the database")
                    .hasMessageContaining("Column passport.issuer is in the migrations but not in the database");
            assertThat(migrations.migrate(database, MigrateOptions.forwards(null).withFake(true)).faked())
                    .as("plain fake trusts the person").containsExactly("0001_initial");
        }
    }
}
