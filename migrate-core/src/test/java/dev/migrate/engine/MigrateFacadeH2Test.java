package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.diff.RenameHints;
import dev.migrate.operation.AddColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Schema;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade, configured once, through a whole life: make, plan, migrate, show, sql, drift, back, repair. */
class MigrateFacadeH2Test {

    @TempDir
    Path directory;

    @Test
    void oneConfiguredObjectServesEveryCommand() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        MigrationReader reader = new MigrationReader();
        MigrateConfiguration configuration = new MigrateConfiguration(dataSource,
                () -> new MigrationLoader(reader).load(new MigrationScanner(getClass().getClassLoader())
                        .scan(List.of("filesystem:" + directory))), null, null, directory, null);
        Files.writeString(directory.resolve("0001_library.xml"),
                new MigrationWriter().write(new MigrationDocument(List.of(), OperationFixtures.library())));
        Schema model = new AddColumn("book", Column.of("edition", ColumnType.of(DataType.INTEGER), true))
                .applyTo(OperationFixtures.librarySchema());

        Migrate migrate = new Migrate(configuration);
        assertThat(migrate.changes(model, RenameHints.none()).operations()).extracting(o -> o.describe())
                .containsExactly("Add column edition to book");
        MakeResult made = migrate.make(model, RenameHints.none(), "edition");
        assertThat(made.id()).isEqualTo("0002_edition");

        migrate = new Migrate(configuration);
        assertThat(migrate.check(model, RenameHints.none()).operations()).isEmpty();
        assertThat(migrate.plan(MigrateOptions.forwards(null)).migrations()).hasSize(2);
        assertThat(migrate.migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0001_library", "0002_edition");
        assertThat(migrate.show()).extracting(MigrationStatus::state).containsOnly(MigrationState.APPLIED);
        assertThat(migrate.sql("0002_edition", true)).singleElement().asString().startsWith("alter table \"BOOK\" drop column");
        assertThat(migrate.drift().isNone()).isTrue();
        assertThat(migrate.migrate(MigrateOptions.forwards("0001_library").withBackwardsAllowed(true)).unapplied())
                .containsExactly("0002_edition");
        assertThat(migrate.repair()).isEmpty();
        assertThat(migrate.drift().isNone()).isTrue();
    }

    /**
     * A start's first connection (a pool starting) and the reading of the files overlap: the connection
     * here is handed out only once the files are being read, which must happen on another thread.
     */
    @Test
    void theFilesAreReadWhileTheFirstConnectionIsMade() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "reads on another core only where there is one");
        Files.writeString(directory.resolve("0001_library.xml"),
                new MigrationWriter().write(new MigrationDocument(List.of(), OperationFixtures.library())));
        CountDownLatch reading = new CountDownLatch(1);
        List<String> readers = new CopyOnWriteArrayList<>();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        MigrateConfiguration configuration = new MigrateConfiguration(waitingFor(reading, h2), () -> {
            readers.add(Thread.currentThread().getName());
            reading.countDown();
            return new MigrationLoader(new MigrationReader()).load(
                    MigrationScanner.inDirectory(directory, "filesystem:" + directory));
        }, null, null, null, null);

        MigrateResult result = new Migrate(configuration).migrate(MigrateOptions.forwards(null));

        assertThat(result.applied()).containsExactly("0001_library");
        assertThat(readers).containsExactly("migrate-read");
    }

    /** A file that cannot be read, read on the other thread, is reported to the caller as it would be without it. */
    @Test
    void aFileThatCannotBeReadIsReportedToTheCallerAndNothingRuns() throws Exception {
        Files.writeString(directory.resolve("0001_library.xml"),
                new MigrationWriter().write(new MigrationDocument(List.of(), OperationFixtures.library())));
        Files.writeString(directory.resolve("2_bad name.xml"), "<migration/>");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        MigrateConfiguration configuration = new MigrateConfiguration(dataSource,
                () -> new MigrationLoader(new MigrationReader()).load(
                        MigrationScanner.inDirectory(directory, "filesystem:" + directory)), null, null, null, null);

        assertThatThrownBy(() -> new Migrate(configuration).migrate(MigrateOptions.forwards(null)))
                .isInstanceOf(MigrationLoadException.class)
                .hasMessage("Migration file filesystem:" + directory + "/2_bad name.xml is not named NNNN_description.xml"
                        + " (digits, an underscore, then letters, digits or underscores)");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getTables(null, null, "MIGRATE_HISTORY", null).next()).isFalse();
        }
    }

    /** A data source that hands out a connection only once {@code ready} is counted down, or fails after ten seconds. */
    private static DataSource waitingFor(CountDownLatch ready, DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection") && !ready.await(10, TimeUnit.SECONDS)) {
                        throw new SQLException("the files were not being read while connecting");
                    }
                    try {
                        return method.invoke(target, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
