package dev.migrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.MigrationStateException;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flowable's changelogs on MariaDB, whose table names are upper case (see
 * src/test/resources/liquibase/flowable/ORIGIN.md). MariaDB with lower_case_table_names=0 keeps them
 * as written while migrate names every table in lower case, so the import refuses them there, and a
 * database Liquibase made is not adopted. Converted all the same (as for a server that folds names),
 * the columns, keys, indexes and the changeSets for MariaDB only make what Liquibase makes.
 */
class FlowableChangelogMariaDbTest extends LiquibaseImportTestBase {

    static final Path ROOT = resources("flowable");
    static final String DMN = "org/flowable/dmn/db/liquibase/flowable-dmn-db-changelog.xml";

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Test
    void upperCaseTableNamesAreRefusedWhereMariaDbKeepsThemAsWritten() {
        assertThatThrownBy(() -> new LiquibaseImport(ChangelogResources.directory(ROOT), "mariadb", Contexts.all(), true)
                .convert(DMN))
                .isInstanceOf(LiquibaseImportException.class)
                .hasMessageContaining("changeSet 1 by activiti (" + DMN + ":7), " + DMN + ":9: the table name"
                        + " ACT_DMN_DEPLOYMENT has upper-case letters, and this database keeps table names as written");
    }

    @Test
    void aDatabaseWithUpperCaseTablesIsNotAdopted() throws Exception {
        new LiquibaseImport(ChangelogResources.directory(ROOT), "mariadb", Contexts.all(), false).write(DMN, directory);
        try (TestDatabase database = fresh(kind())) {
            LiquibaseRunner.update(database, ROOT, DMN, "", null);
            assertThatThrownBy(() -> start(database)).isInstanceOf(MigrationStateException.class)
                    .hasMessageContaining("Table ACT_DMN_DEPLOYMENT is named with upper-case letters, and this MariaDB"
                            + " keeps table names as written (lower_case_table_names=0); migrate names it act_dmn_deployment");
            assertThat(count(database, "select count(*) from information_schema.tables where table_schema = database()"
                    + " and table_name = 'migrate_history'")).as("nothing recorded").isZero();
        }
    }

    /** The one normalisation: table names compared in lower case, as migrate's introspector reads them. */
    @ParameterizedTest
    @CsvSource({"org/flowable/cmmn/db/liquibase/flowable-cmmn-db-changelog.xml",
            "org/flowable/dmn/db/liquibase/flowable-dmn-db-changelog.xml"})
    void theColumnsKeysAndIndexesAreThoseLiquibaseMakes(String changelog) throws Exception {
        List<Path> files = new LiquibaseImport(ChangelogResources.directory(ROOT), "mariadb", Contexts.all(), false)
                .write(changelog, directory);
        try (TestDatabase byLiquibase = fresh(kind()); TestDatabase byMigrate = fresh(kind())) {
            LiquibaseRunner.update(byLiquibase, ROOT, changelog, "", null);
            MigrateResult result = start(byMigrate);
            assertThat(result.applied()).hasSize(files.size());
            assertSameSchema(schema(byLiquibase), schema(byMigrate));
        }
    }
}
