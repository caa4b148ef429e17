package dev.migrate.online;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MigrateOptions;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.Migrator;
import dev.migrate.history.HistoryTable;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.FreshDatabase;
import dev.migrate.xml.MigrationReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that the online forms keep a table writable: on a table of a million rows, with a writer
 * updating random rows all along, the usual form of each change makes the writer wait on a lock while
 * the change scans or builds, and the online form does not. The signal is PostgreSQL's own:
 * {@code pg_stat_activity} sampled every few milliseconds for the writer's backend waiting on a
 * {@code Lock} while the migration's backend is active (every millisecond or so). The writer's longest stall (its slowest
 * single update, in ms) is printed for the record, not asserted: the machine is shared.
 */
class OnlineSafetyPostgresTest extends FreshDatabase {

    private static final int ROWS = 1_000_000;
    private static final String NS = "<migration xmlns=\"https://migrate.dev/xml/migration/1.0\">\n";

    @TempDir
    Path directory;

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @BeforeEach
    void aMillionRows() throws Exception {
        write("0001_tables", NS
                + "  <createTable tableName=\"author\">\n"
                + "    <column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
                + "  </createTable>\n"
                + "  <createTable tableName=\"big\">\n"
                + "    <column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
                + "    <column name=\"author_id\" type=\"bigint\"/>\n"
                + "    <column name=\"v\" type=\"integer\"/>\n"
                + "    <column name=\"note\" type=\"varchar(20)\"/>\n"
                + "  </createTable>\n"
                + "</migration>\n");
        migrate(null);
        long start = System.nanoTime();
        database.execute("insert into author select g from generate_series(1, 1000) g",
                "insert into big select g, g % 1000 + 1, g, 'n' || (g % 100) from generate_series(1, " + ROWS + ") g",
                "vacuum analyze big", "vacuum analyze author");
        System.out.println("OnlineSafety: " + ROWS + " rows in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @Test
    void createIndex() throws Exception {
        compare("create index", "<createIndex tableName=\"big\" indexName=\"big_v_idx\"%s><column name=\"v\"/></createIndex>",
                "<dropIndex tableName=\"big\" indexName=\"big_v_idx\"/>");
    }

    @Test
    void addForeignKey() throws Exception {
        compare("add foreign key", "<addForeignKeyConstraint baseTableName=\"big\" baseColumnNames=\"author_id\""
                + " constraintName=\"big_author_fk\" referencedTableName=\"author\" referencedColumnNames=\"id\"%s/>",
                "<dropForeignKeyConstraint baseTableName=\"big\" constraintName=\"big_author_fk\"/>");
    }

    @Test
    void setNotNull() throws Exception {
        compare("set not null", "<addNotNullConstraint tableName=\"big\" columnName=\"note\"%s/>",
                "<dropNotNullConstraint tableName=\"big\" columnName=\"note\"/>");
    }

    /**
     * Applies the usual form, undoes it, applies the online form, each while the writer runs; the
     * usual form must make the writer wait on a lock, the online one must let it write on.
     */
    private void compare(String what, String change, String undo) throws Exception {
        write("0002_usual", NS + "  <dependsOn>0001_tables</dependsOn>\n  " + change.formatted("") + "\n</migration>\n");
        write("0003_undo", NS + "  <dependsOn>0002_usual</dependsOn>\n  " + undo + "\n</migration>\n");
        write("0004_online", NS + "  <dependsOn>0003_undo</dependsOn>\n  " + change.formatted(" online=\"true\"")
                + "\n</migration>\n");

        Measurement usual = measure("0002_usual");
        migrate("0003_undo");
        Measurement online = measure("0004_online");
        System.out.printf("OnlineSafety: %s on %d rows: usual form: %s; online form: %s%n", what, ROWS, usual, online);

        assertThat(usual.lockedSamples).as("the usual form makes the writer wait on a lock: %s", usual).isPositive();
        assertThat(online.writesWhileActive).as("the writer writes on during the online form: %s", online).isPositive();
        // the online forms may take a strong lock for an instant (adding a constraint NOT VALID waits for the
        // writer's transaction in flight), never for the scan: a far smaller share of the samples
        assertThat(online.lockedShare()).as("the online form makes the writer wait (almost) never: %s vs %s",
                online, usual).isLessThan(usual.lockedShare() / 2);
    }

    /** What the sampler saw while one migration ran with the writer going. */
    record Measurement(long migrationMs, int activeSamples, int lockedSamples, long writesWhileActive, long longestStallMs,
            long writes) {
        double lockedShare() {
            return activeSamples == 0 ? 0 : (double) lockedSamples / activeSamples;
        }

        @Override
        public String toString() {
            return "migration " + migrationMs + " ms, writer waiting on a lock in " + lockedSamples + " of "
                    + activeSamples + " samples while the migration was active, " + writesWhileActive
                    + " writes meanwhile, longest write stall " + longestStallMs + " ms (" + writes + " writes in all)";
        }
    }

    private Measurement measure(String target) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong writes = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AtomicLong writerPid = new AtomicLong();
        Thread writer = new Thread(() -> {
            try (Connection connection = database.connect(); PreparedStatement update = connection.prepareStatement(
                    "update big set v = v + 1 where id = ?")) {
                writerPid.set(pid(connection));
                while (!stop.get()) {
                    long start = System.nanoTime();
                    update.setLong(1, ThreadLocalRandom.current().nextLong(1, ROWS + 1));
                    update.executeUpdate();
                    longest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    writes.incrementAndGet();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, "writer");
        writer.start();
        while (writes.get() < 50) {
            Thread.sleep(10);
        }
        longest.set(0);
        int[] samples = new int[2];
        long[] writesWhileActive = new long[1];
        long migrationMs;
        try (Connection migration = database.connect(); Connection sampler = database.connect();
                PreparedStatement sample = sampler.prepareStatement("select pid, state, wait_event_type"
                        + " from pg_stat_activity where pid in (?, ?)")) {
            long migrationPid = pid(migration);
            sample.setLong(1, writerPid.get());
            sample.setLong(2, migrationPid);
            AtomicBoolean done = new AtomicBoolean();
            Thread runner = new Thread(() -> {
                try {
                    migrator().run(migration, MigrateOptions.forwards(target));
                } finally {
                    done.set(true);
                }
            }, "migration");
            long start = System.nanoTime();
            runner.start();
            while (!done.get()) {
                boolean active = false;
                boolean locked = false;
                long before = writes.get();
                try (ResultSet rows = sample.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getLong(1) == migrationPid) {
                            active = "active".equals(rows.getString(2));
                        } else {
                            locked = "Lock".equals(rows.getString(3));
                        }
                    }
                }
                if (active) {
                    samples[0]++;
                    if (locked) {
                        samples[1]++;
                    }
                }
                Thread.sleep(1);
                if (active) {
                    writesWhileActive[0] += writes.get() - before;
                }
            }
            runner.join();
            migrationMs = (System.nanoTime() - start) / 1_000_000;
        } finally {
            stop.set(true);
            writer.join();
        }
        return new Measurement(migrationMs, samples[0], samples[1], writesWhileActive[0], longest.get(), writes.get());
    }

    private static long pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void migrate(String target) throws SQLException {
        try (Connection connection = database.connect()) {
            migrator().run(connection, MigrateOptions.forwards(target));
        }
    }

    private Migrator migrator() {
        return new Migrator(new MigrationLoader(new MigrationReader()).load(new MigrationScanner(
                getClass().getClassLoader()).scan(List.of("filesystem:" + directory))), HistoryTable.DEFAULT_NAME);
    }

    private void write(String id, String xml) throws java.io.IOException {
        Files.writeString(directory.resolve(id + ".xml"), xml);
    }
}
