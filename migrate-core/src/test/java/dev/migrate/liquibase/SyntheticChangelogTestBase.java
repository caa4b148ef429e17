package dev.migrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Changelogs written for the tests (src/test/resources/liquibase/synthetic), for what the real ones do
 * not exercise: here the changes Liquibase makes on MariaDB with ALTER TABLE ... MODIFY or CHANGE, which
 * drop a column's NOT NULL and default there.
 */
abstract class SyntheticChangelogTestBase extends LiquibaseImportTestBase {

    static final Path ROOT = resources("synthetic");

    @Test
    void changesOfColumnsWithNotNullAndDefaultsMakeWhatLiquibaseMakes() throws Exception {
        importChangelog(ROOT, "mariadb-modify.xml", null);
        try (TestDatabase byLiquibase = fresh(kind()); TestDatabase byMigrate = fresh(kind())) {
            LiquibaseRunner.update(byLiquibase, ROOT, "mariadb-modify.xml", "", null);
            assertThat(start(byMigrate).applied()).hasSize(2);
            Schema expected = normalised(schema(byLiquibase));
            assertSameSchema(expected, schema(byMigrate));
        }
    }

    @Test
    void aDatabaseLiquibaseChangedSoIsAdopted() throws Exception {
        importChangelog(ROOT, "mariadb-modify.xml", null);
        try (TestDatabase database = fresh(kind())) {
            LiquibaseRunner.update(database, ROOT, "mariadb-modify.xml", "", null);
            assertThat(start(database).applied()).isEmpty();
            assertThat(lastAdopted).containsExactly("0001_1", "0002_2");
        }
    }

    @Test
    void commonTypesInlineConstraintsAutoIncrementAndDefaultsMakeWhatLiquibaseMakes() throws Exception {
        importChangelog(ROOT, "types.xml", null);
        try (TestDatabase byLiquibase = fresh(kind()); TestDatabase byMigrate = fresh(kind())) {
            LiquibaseRunner.update(byLiquibase, ROOT, "types.xml", "", null);
            assertThat(start(byMigrate).applied()).hasSize(2);
            assertSameSchema(normalised(schema(byLiquibase)), schema(byMigrate));
            assertThat(start(byLiquibase).applied()).isEmpty();
            assertThat(lastAdopted).hasSize(2);
        }
    }
}
