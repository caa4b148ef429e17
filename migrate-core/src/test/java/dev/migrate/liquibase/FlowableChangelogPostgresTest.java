package dev.migrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MigrateResult;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flowable's CMMN and DMN engine changelogs (see src/test/resources/liquibase/flowable/ORIGIN.md): many
 * changeSets of createTable, addColumn, modifyDataType, createIndex, foreign keys, renames, drops and
 * changeSets for other databases only. PostgreSQL only: their table names are upper case.
 */
class FlowableChangelogPostgresTest extends LiquibaseImportTestBase {

    static final Path ROOT = resources("flowable");

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @ParameterizedTest
    @CsvSource({"org/flowable/cmmn/db/liquibase/flowable-cmmn-db-changelog.xml",
            "org/flowable/dmn/db/liquibase/flowable-dmn-db-changelog.xml"})
    void theImportMakesTheSchemaLiquibaseMakes(String changelog) throws Exception {
        List<Path> files = importChangelog(ROOT, changelog, null);
        try (TestDatabase byLiquibase = fresh(kind()); TestDatabase byMigrate = fresh(kind())) {
            LiquibaseRunner.update(byLiquibase, ROOT, changelog, "", null);
            MigrateResult result = start(byMigrate);
            assertThat(result.applied()).hasSize(files.size());
            assertSameSchema(schema(byLiquibase), schema(byMigrate));
        }
    }

    @ParameterizedTest
    @CsvSource({"org/flowable/cmmn/db/liquibase/flowable-cmmn-db-changelog.xml, 3",
            "org/flowable/dmn/db/liquibase/flowable-dmn-db-changelog.xml, 2"})
    void databasesLiquibaseMadeWholeOrInPartAreAdopted(String changelog, int ranFirst) throws Exception {
        List<Path> files = importChangelog(ROOT, changelog, null);
        try (TestDatabase whole = fresh(kind()); TestDatabase partly = fresh(kind())) {
            LiquibaseRunner.update(whole, ROOT, changelog, "", null);
            LiquibaseRunner.update(partly, ROOT, changelog, "", ranFirst);
            Schema before = schema(whole);

            assertThat(start(whole).applied()).isEmpty();
            assertThat(lastAdopted).hasSize(files.size());
            assertThat(schema(whole)).isEqualTo(before);

            MigrateResult rest = start(partly);
            assertThat(lastAdopted).hasSize(ranFirst);
            assertThat(rest.applied()).hasSize(files.size() - ranFirst);
            assertSameSchema(before, schema(partly));
        }
    }
}
