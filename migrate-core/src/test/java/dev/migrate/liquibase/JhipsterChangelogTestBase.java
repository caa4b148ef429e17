package dev.migrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MigrateResult;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JHipster sample application's changelog (see src/test/resources/liquibase/jhipster/ORIGIN.md). */
abstract class JhipsterChangelogTestBase extends LiquibaseImportTestBase {

    static final Path ROOT = resources("jhipster");
    static final String MASTER = "config/liquibase/master.xml";

    @Test
    void theImportMakesTheSchemaLiquibaseMakes() throws Exception {
        List<Path> files = importChangelog(ROOT, MASTER, null);
        assertThat(files).hasSize(12);
        try (TestDatabase byLiquibase = fresh(kind()); TestDatabase byMigrate = fresh(kind())) {
            LiquibaseRunner.update(byLiquibase, ROOT, MASTER, "", null);
            MigrateResult result = start(byMigrate);
            assertThat(result.applied()).hasSize(12);

            Schema expected = normalised(schema(byLiquibase));
            Schema actual = schema(byMigrate);
            assertSameSchema(expected, actual);
            assertThat(rowCounts(byMigrate, actual)).isEqualTo(rowCounts(byLiquibase, expected));
        }
    }

    @Test
    void aDatabaseLiquibaseMadeIsRecordedAsAppliedWithoutRunningAnything() throws Exception {
        importChangelog(ROOT, MASTER, "prod");
        try (TestDatabase database = fresh(kind())) {
            LiquibaseRunner.update(database, ROOT, MASTER, "prod", null);
            // a row the application wrote: it must still be there, and the loaded users must not come twice
            database.execute("update jhi_user set first_name = 'Changed' where login = 'admin'");
            Schema before = schema(database);

            MigrateResult result = start(database);

            assertThat(lastAdopted).hasSize(8);
            assertThat(result.applied()).isEmpty();
            assertThat(count(database, "select count(*) from migrate_history where success = true")).isEqualTo(8);
            assertThat(count(database, "select count(*) from jhi_user")).isEqualTo(2);
            assertThat(count(database, "select count(*) from jhi_user where first_name = 'Changed'")).isEqualTo(1);
            assertThat(schema(database)).isEqualTo(before);
            assertThat(start(database).applied()).isEmpty();
            assertThat(lastAdopted).isEmpty();
        }
    }

    @Test
    void afterTheSwitchMakeWritesTheNextMigrationAndTheEntityComparisonWorks() throws Exception {
        importChangelog(ROOT, MASTER, "prod");
        try (TestDatabase database = fresh(kind())) {
            LiquibaseRunner.update(database, ROOT, MASTER, "prod", null);
            start(database);
            dev.migrate.engine.Migrate migrate = new dev.migrate.engine.Migrate(new dev.migrate.engine.MigrateConfiguration(
                    dataSource(database), () -> new dev.migrate.engine.MigrationLoader(new dev.migrate.xml.MigrationReader())
                            .load(resources()), null, null, directory, null));
            Schema files = migrate.replayed();
            assertThat(migrate.changes(files, dev.migrate.diff.RenameHints.none()).operations())
                    .as("entities equal to the imported files: nothing to do").isEmpty();
            Schema model = new dev.migrate.operation.AddColumn("bank_account", dev.migrate.schema.Column.of("iban",
                    dev.migrate.schema.ColumnType.of(dev.migrate.schema.DataType.VARCHAR, 34), true)).applyTo(files);

            dev.migrate.engine.MakeResult made = migrate.make(model, dev.migrate.diff.RenameHints.none(), "iban");

            assertThat(made.id()).isEqualTo("0009_iban");
            assertThat(java.nio.file.Files.readString(directory.resolve("0009_iban.xml")))
                    .contains("<dependsOn>0008_20150805125054_2</dependsOn>");
            assertThat(start(database).applied()).containsExactly("0009_iban");
            assertThat(count(database, "select count(*) from bank_account where iban is null")).isZero();
            assertThat(schema(database).table("bank_account").orElseThrow().column("iban")).isPresent();
        }
    }

    @Test
    void aDatabaseLiquibaseLeftBehindGetsOnlyTheMissingChangeSets() throws Exception {
        importChangelog(ROOT, MASTER, "prod");
        try (TestDatabase partly = fresh(kind()); TestDatabase whole = fresh(kind())) {
            LiquibaseRunner.update(partly, ROOT, MASTER, "prod", 5);
            LiquibaseRunner.update(whole, ROOT, MASTER, "prod", null);

            MigrateResult result = start(partly);

            assertThat(lastAdopted).hasSize(5);
            assertThat(result.applied()).hasSize(3);
            assertSameSchema(normalised(schema(whole)), normalised(schema(partly)));
            assertThat(count(partly, "select count(*) from jhi_user")).isEqualTo(2);
        }
    }
}
