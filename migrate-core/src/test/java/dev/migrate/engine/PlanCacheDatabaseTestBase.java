package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.schema.Schema;
import dev.migrate.testing.FreshDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.xml.MigrationFileException;
import dev.migrate.xml.MigrationReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan the replay cache keeps for a run that applies every migration to a new database, on every
 * database: the next such run reads it back, parses no file and leaves the database and the history
 * table as a run that parsed them does; any other run, and a changed file, goes the usual way.
 */
abstract class PlanCacheDatabaseTestBase extends FreshDatabase {

    static final String NS = "<migration xmlns=\"https://migrate.dev/xml/migration/1.0\">\n";
    static final String CODE = "migrate-test.jar 1 2";

    @TempDir
    Path files;

    @TempDir
    Path cacheRoot;

    Path cache;

    @BeforeEach
    void threeFiles() throws IOException {
        cache = cacheRoot.resolve("cache");
        write("0001_author", NS
                + "  <createTable tableName=\"author\">\n"
                + "    <column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
                + "    <column name=\"name\" type=\"varchar(100)\"><constraints nullable=\"false\"/></column>\n"
                + "  </createTable>\n"
                + "</migration>\n");
        write("0002_book", NS + "  <dependsOn>0001_author</dependsOn>\n"
                + "  <createTable tableName=\"book\">\n"
                + "    <column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
                + "    <column name=\"author_id\" type=\"bigint\"/>\n"
                + "    <column name=\"pages\" type=\"integer\" defaultValueNumeric=\"0\"/>\n"
                + "  </createTable>\n"
                + "  <addForeignKeyConstraint baseTableName=\"book\" baseColumnNames=\"author_id\""
                + " constraintName=\"book_author_fk\" referencedTableName=\"author\" referencedColumnNames=\"id\"/>\n"
                + "  <sql><statement>insert into author (id, name) values (1, 'Ursula')</statement></sql>\n"
                + "</migration>\n");
        write("0003_index", NS + "  <dependsOn>0002_book</dependsOn>\n"
                + "  <createIndex tableName=\"book\" indexName=\"book_pages_idx\" online=\"true\">"
                + "<column name=\"pages\"/></createIndex>\n"
                + "  <addColumn tableName=\"author\"><column name=\"born_on\" type=\"date\"/></addColumn>\n"
                + "</migration>\n");
    }

    @Test
    void aRunOnANewDatabaseKeepsItsPlanAndTheNextOneReadsItInsteadOfTheFiles() throws Exception {
        List<String> first = logged(() -> run(database, MigrateOptions.forwards(null)));
        assertThat(first).noneMatch(line -> line.startsWith("Read the plan"));
        try (Stream<Path> kept = Files.list(cache)) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(name -> name.endsWith(".plan"));
        }

        TestDatabase second = TestDatabases.create(kind());
        try {
            List<String> again = logged(() -> run(second, MigrateOptions.forwards(null)));
            assertThat(again).contains("Read the plan of 3 migrations from the replay cache " + cache);
            assertThat(liveSchema(second)).isEqualTo(liveSchema(database));
            assertThat(rows(second).keySet()).containsExactly("0001_author", "0002_book", "0003_index");
            for (Map.Entry<String, HistoryRow> row : rows(database).entrySet()) {
                HistoryRow read = rows(second).get(row.getKey());
                assertThat(read.checksum()).isEqualTo(row.getValue().checksum());
                assertThat(read.fileHash()).isEqualTo(row.getValue().fileHash());
                assertThat(read.success()).isTrue();
                assertThat(read.operationsDone()).isEqualTo(row.getValue().operationsDone());
            }
            // nothing pending on the next start, and the files check against what the cached run recorded
            assertThat(run(second, MigrateOptions.forwards(null)).applied()).isEmpty();
        } finally {
            second.close();
        }
    }

    @Test
    void aChangedFileIsParsedAndAMalformedOneStillStopsTheRunBeforeAnySql() throws Exception {
        run(database, MigrateOptions.forwards(null));
        write("0003_index", NS + "  <dependsOn>0002_book</dependsOn>\n"
                + "  <addColumn tableName=\"author\"><column name=\"born_on\" type=\"date\"></addColumn>\n"
                + "</migration>\n");

        TestDatabase second = TestDatabases.create(kind());
        try {
            assertThatThrownBy(() -> run(second, MigrateOptions.forwards(null)))
                    .isInstanceOf(MigrationFileException.class)
                    .hasMessageContaining("0003_index.xml line 3, column");
            assertThat(liveSchema(second).tables()).isEmpty();
        } finally {
            second.close();
        }
    }

    @Test
    void onlyARunOfEveryMigrationOnADatabaseWithoutAnyReadsThePlan() throws Exception {
        run(database, MigrateOptions.forwards(null));

        TestDatabase second = TestDatabases.create(kind());
        try {
            List<String> lines = logged(() -> {
                run(second, MigrateOptions.forwards("0001_author"));
                return run(second, MigrateOptions.forwards(null));
            });
            assertThat(lines).noneMatch(line -> line.startsWith("Read the plan"));
            assertThat(liveSchema(second)).isEqualTo(liveSchema(database));
        } finally {
            second.close();
        }
    }

    @Test
    void aPlanWithADataMigrationIsNotKept() throws Exception {
        run(database, MigrateOptions.forwards(null));
        write("0004_java", NS + "  <dependsOn>0003_index</dependsOn>\n"
                + "  <java class=\"" + NoData.class.getName() + "\"/>\n"
                + "</migration>\n");

        TestDatabase second = TestDatabases.create(kind());
        try {
            assertThat(run(second, MigrateOptions.forwards(null)).applied()).hasSize(4);
        } finally {
            second.close();
        }
        // the class is looked for at every run, so such a plan is made at every run: only the first run's is there
        try (Stream<Path> kept = Files.list(cache)) {
            assertThat(kept.map(p -> p.getFileName().toString())).filteredOn(name -> name.endsWith(".plan")).hasSize(1);
        }
    }

    /** A data migration that changes nothing. */
    public static class NoData implements dev.migrate.DataMigration {
        @Override
        public void forward(Connection connection) {
        }
    }

    MigrateResult run(TestDatabase target, MigrateOptions options) throws SQLException {
        try (Connection connection = target.connect()) {
            return migrator().run(connection, options);
        }
    }

    Migrator migrator() {
        List<Migration> migrations = new MigrationLoader(new MigrationReader()).load(
                new MigrationScanner(getClass().getClassLoader()).scan(List.of("filesystem:" + files)));
        return new Migrator(migrations, HistoryTable.DEFAULT_NAME).withReplayCache(cache, CODE);
    }

    void write(String id, String xml) throws IOException {
        Files.writeString(files.resolve(id + ".xml"), xml);
    }

    /** The lines the engine logged while the work ran, at any level. */
    static List<String> logged(Callable<?> work) throws Exception {
        Logger engine = (Logger) org.slf4j.LoggerFactory.getLogger("dev.migrate.engine");
        Level level = engine.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        engine.addAppender(lines);
        engine.setLevel(Level.DEBUG);
        try {
            work.call();
        } finally {
            engine.detachAppender(lines);
            engine.setLevel(level);
        }
        List<String> messages = new ArrayList<>();
        for (ILoggingEvent line : lines.list) {
            messages.add(line.getFormattedMessage());
        }
        return messages;
    }

    static Schema liveSchema(TestDatabase target) throws SQLException {
        try (Connection connection = target.connect()) {
            return new SchemaIntrospector().read(connection, Set.of(HistoryTable.DEFAULT_NAME));
        }
    }

    static Map<String, HistoryRow> rows(TestDatabase target) throws SQLException {
        try (Connection connection = target.connect()) {
            return new HistoryTable(HistoryTable.DEFAULT_NAME, Dialect.fromConnection(connection)).readAll(connection);
        }
    }
}
