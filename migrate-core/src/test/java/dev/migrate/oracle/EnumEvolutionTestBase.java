package dev.migrate.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.MakeResult;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A STRING enum through its life, with each migration made from the model of another database than
 * the one it is applied to: created, a constant added (a migration on every database), the table and
 * the column renamed. After each step Hibernate validates the database, the new constant can be
 * stored and an unknown one cannot, and the database equals the one Hibernate creates itself (on
 * PostgreSQL that includes the check's name, which follows the renames).
 */
abstract class EnumEvolutionTestBase {

    private static final String STEPS = "dev.migrate.oracle.enums.v";

    @TempDir
    Path directory;

    abstract DatabaseKind kind();

    /** Another database than the one the test runs on, whose model makes the files. */
    private DatabaseKind makeOn() {
        DatabaseKind[] kinds = DatabaseKind.values();
        return kinds[(kind().ordinal() + 1) % kinds.length];
    }

    @Test
    void anEnumIsCreatedExtendedAndRenamedOnEveryDatabase() throws Exception {
        MigrationsFolder migrations = new MigrationsFolder(directory);
        try (TestDatabase database = TestDatabases.create(kind())) {
            step(migrations, database, 1, List.of("Create table lamp"));
            database.execute("insert into lamp (id, shade) values (1, 'DARK')");
            assertRejected(database, "insert into lamp (id, shade) values (2, 'DIM')");

            step(migrations, database, 2, List.of("Change type of lamp.shade to enum(20, 'LIGHT', 'DARK', 'DIM')"));
            database.execute("insert into lamp (id, shade) values (2, 'DIM')");
            assertRejected(database, "insert into lamp (id, shade) values (3, 'BRIGHT')");

            step(migrations, database, 3, List.of("Rename table lamp to light", "Rename column shade of light to tone"));
            database.execute("insert into light (id, tone) values (3, 'LIGHT')");
            assertRejected(database, "insert into light (id, tone) values (4, 'BRIGHT')");
        }
    }

    private void step(MigrationsFolder migrations, TestDatabase database, int number, List<String> operations)
            throws Exception {
        MakeResult made = migrations.make(OracleModels.of(makeOn(), STEPS + number));
        assertThat(made.operations()).extracting(Operation::describe).containsExactlyElementsOf(operations);
        migrations.migrate(database);
        OfflineMetadata model = OracleModels.of(kind(), STEPS + number);
        RealHibernate.validate(database, model);
        assertThat(migrations.make(model).report()).isEqualTo("No changes detected");
        Schema created;
        try (TestDatabase hibernates = TestDatabases.create(kind())) {
            RealHibernate.create(hibernates, model);
            created = MigrationsFolder.liveSchema(hibernates);
        }
        Schema live = MigrationsFolder.liveSchema(database);
        assertThat(live).as("step %s, ours vs Hibernate's:%n%s", number, String.join("\n", live.differencesFrom(created)))
                .isEqualTo(created);
    }

    private static void assertRejected(TestDatabase database, String insert) {
        assertThatThrownBy(() -> database.execute(insert)).isInstanceOf(SQLException.class);
    }
}
