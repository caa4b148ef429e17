package dev.migrate.benchmark;

import dev.migrate.diff.RenameHints;
import dev.migrate.dialect.Dialect;
import dev.migrate.engine.MakeResult;
import dev.migrate.engine.Migrate;
import dev.migrate.engine.MigrateConfiguration;
import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.Migrator;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.Schema;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.hibernate.dialect.PostgreSQLDialect;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 9's targets, measured: one mode per fresh JVM (see {@code benchmark.sh} next to the pom),
 * each printing one last line {@code <mode> <milliseconds> ms}, timed from the first line of
 * {@code main} (for {@code make}, from the end of Hibernate's boot), so class loading, connecting,
 * reading the files and the history are all in it, as at an application's start.
 * <ul>
 * <li>{@code generate DIR N [entities]}: N migrations of one table each (seven columns; every one
 *     after the first with an index and a foreign key to the one before; every third adds a column
 *     to the table two before), written as migrate's files ({@code DIR/migrate}), as Flyway's SQL
 *     files ({@code DIR/flyway}, rendered by migrate's PostgreSQL dialect, so both give one schema)
 *     and as a plain list of statements for the floor ({@code DIR/floor.tsv}); with
 *     {@code entities}, the matching JPA entities compiled into {@code DIR/entities} and, with one
 *     field added to the middle entity, into {@code DIR/entities-changed};</li>
 * <li>{@code floor URL DIR}: raw JDBC, the floor: one transaction per migration with its statements
 *     and one history row; what is in the history is skipped;</li>
 * <li>{@code migrate URL DIR}: migrate's core as the starter calls it at start-up;</li>
 * <li>{@code flyway URL DIR}: Flyway with its defaults;</li>
 * <li>{@code memory-migrate URL DIR}, {@code memory-flyway URL DIR}: a start, then the heap in use
 *     after a full GC, with what the tool keeps still referenced;</li>
 * <li>{@code make DIR ENTITIES none|one}: Hibernate's boot of the entities and a first connection to
 *     the database ({@code -Dbench.url}, as Hibernate's boot makes one; not timed), then make as the
 *     command runs it: the entity model read, the files loaded and replayed, the comparison, and
 *     the new file written (and checked by the online lint for that database) when there is a
 *     change; it fails unless it finds no change, or one.</li>
 * </ul>
 */
public final class MigrateBenchmark {

    private static final String USER = System.getProperty("bench.user", "postgres");

    private MigrateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // logging is set up before the window, as in an application
        org.slf4j.LoggerFactory.getLogger(MigrateBenchmark.class).debug("benchmark {}", List.of(args));
        long start = System.nanoTime();
        String mode = args[0];
        switch (mode) {
            case "generate" -> {
                generate(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3);
                return;
            }
            case "floor" -> floor(args[1], Path.of(args[2]));
            case "migrate" -> migrate(args[1], Path.of(args[2]));
            case "flyway" -> flyway(args[1], Path.of(args[2]));
            case "memory-migrate" -> {
                Object kept = migrate(args[1], Path.of(args[2]));
                System.out.println(mode + " " + heapAfterGc(kept) + " MB");
                return;
            }
            case "memory-flyway" -> {
                Object kept = flyway(args[1], Path.of(args[2]));
                System.out.println(mode + " " + heapAfterGc(kept) + " MB");
                return;
            }
            case "make" -> {
                make(Path.of(args[1]), Path.of(args[2]), args[3].equals("one"));
                return;
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        System.out.println(mode + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    // --- the workload

    private static void generate(Path directory, int n, boolean entities) throws Exception {
        Path migrate = Files.createDirectories(directory.resolve("migrate"));
        Path flyway = Files.createDirectories(directory.resolve("flyway"));
        MigrationWriter writer = new MigrationWriter();
        Dialect postgres = Dialect.postgresql();
        StringBuilder floor = new StringBuilder();
        Schema schema = Schema.empty();
        for (int i = 1; i <= n; i++) {
            List<Operation> operations = operations(i);
            List<String> dependsOn = i == 1 ? List.of() : List.of(id(i - 1));
            Files.writeString(migrate.resolve(id(i) + ".xml"), writer.write(new MigrationDocument(dependsOn, operations)));
            StringBuilder sql = new StringBuilder();
            for (Operation operation : operations) {
                for (String statement : postgres.sql(operation, schema)) {
                    sql.append(statement).append(";\n");
                    floor.append(i).append('\t').append(statement.replace('\n', ' ')).append('\n');
                }
                schema = operation.applyTo(schema);
            }
            Files.writeString(flyway.resolve("V" + i + "__t" + i + ".sql"), sql);
        }
        Files.writeString(directory.resolve("floor.tsv"), floor);
        if (entities) {
            compileEntities(directory.resolve("entities"), n, -1);
            compileEntities(directory.resolve("entities-changed"), n, n / 2);
        }
        System.out.println("generated " + n + " migrations under " + directory);
    }

    private static List<Operation> operations(int i) {
        String table = "t" + i;
        List<Operation> operations = new ArrayList<>();
        operations.add(new CreateTable(table, List.of(
                Column.of("id", ColumnType.of(DataType.BIGINT), false),
                Column.of("name", ColumnType.of(DataType.VARCHAR, 100), false),
                Column.of("amount", ColumnType.decimal(10, 2), true),
                Column.of("created", ColumnType.of(DataType.TIMESTAMP, 6), false),
                Column.of("due", ColumnType.of(DataType.DATE), true),
                Column.of("active", ColumnType.of(DataType.BOOLEAN), false),
                Column.of("parent_id", ColumnType.of(DataType.BIGINT), true)), List.of("id")));
        if (i > 1) {
            operations.add(new CreateIndex(table, new Index("ix_" + table + "_parent_id", false,
                    List.of(IndexColumn.asc("parent_id")))));
            operations.add(new AddForeignKeyConstraint(table, new ForeignKey("fk_" + table + "_parent",
                    List.of("parent_id"), "t" + (i - 1), List.of("id"), null)));
        }
        if (i % 3 == 0) {
            operations.add(new AddColumn("t" + (i - 2), Column.of("extra_" + i, ColumnType.of(DataType.VARCHAR, 100), true)));
        }
        return operations;
    }

    /** The entities the migrations describe; {@code changed} gains a field no migration has (-1: none). */
    private static void compileEntities(Path directory, int n, int changed) throws Exception {
        Path sources = Files.createDirectories(directory.resolve("sources/bench"));
        List<String> files = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            StringBuilder entity = new StringBuilder("package bench;\n\nimport jakarta.persistence.*;\n\n");
            entity.append("@Entity\n@Table(name = \"t").append(i).append('"');
            if (i > 1) {
                entity.append(", indexes = @Index(name = \"ix_t").append(i).append("_parent_id\", columnList = \"parent_id\")");
            }
            entity.append(")\npublic class T").append(i).append(" {\n")
                    .append("    @Id Long id;\n")
                    .append("    @Column(length = 100, nullable = false) String name;\n")
                    .append("    @Column(precision = 10, scale = 2) java.math.BigDecimal amount;\n")
                    .append("    @Column(nullable = false) java.time.LocalDateTime created;\n")
                    .append("    java.time.LocalDate due;\n")
                    .append("    @Column(nullable = false) boolean active;\n");
            if (i > 1) {
                entity.append("    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"parent_id\", foreignKey = ")
                        .append("@ForeignKey(name = \"fk_t").append(i).append("_parent\")) T").append(i - 1).append(" parent;\n");
            } else {
                entity.append("    @Column(name = \"parent_id\") Long parentId;\n");
            }
            int extra = i + 2;
            if (extra <= n && extra % 3 == 0) {
                // migration i + 2 adds this column to table i
                entity.append("    @Column(name = \"extra_").append(extra).append("\", length = 100) String extra")
                        .append(extra).append(";\n");
            }
            if (i == changed) {
                entity.append("    String note;\n");
            }
            entity.append("}\n");
            Path file = sources.resolve("T" + i + ".java");
            Files.writeString(file, entity);
            files.add(file.toString());
        }
        Path classes = Files.createDirectories(directory.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path")));
        arguments.addAll(files);
        if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the entities did not compile");
        }
    }

    private static String id(int number) {
        return String.format("%04d_t%d", number, number);
    }

    // --- the tools

    /** The floor: the same statements over raw JDBC, one transaction per migration with its history row. */
    private static void floor(String url, Path directory) throws Exception {
        List<String> lines = Files.readAllLines(directory.resolve("floor.tsv"));
        try (Connection connection = DriverManager.getConnection(url, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists floor_history (version int primary key, applied_at timestamp)");
            Set<Integer> applied = new HashSet<>();
            try (ResultSet rows = statement.executeQuery("select version from floor_history")) {
                while (rows.next()) {
                    applied.add(rows.getInt(1));
                }
            }
            connection.setAutoCommit(false);
            int current = -1;
            for (String line : lines) {
                int tab = line.indexOf('\t');
                int version = Integer.parseInt(line, 0, tab, 10);
                if (applied.contains(version)) {
                    continue;
                }
                if (version != current && current != -1) {
                    commit(statement, current);
                }
                current = version;
                statement.execute(line.substring(tab + 1));
            }
            if (current != -1) {
                commit(statement, current);
            }
        }
    }

    private static void commit(Statement statement, int version) throws Exception {
        statement.execute("insert into floor_history values (" + version + ", current_timestamp)");
        statement.getConnection().commit();
    }

    private static List<Migration> migrate(String url, Path directory) throws Exception {
        List<Migration> migrations = new MigrationLoader(new MigrationReader()).load(
                new MigrationScanner(MigrateBenchmark.class.getClassLoader())
                        .scan(List.of("filesystem:" + directory.resolve("migrate").toAbsolutePath())));
        try (Connection connection = DriverManager.getConnection(url, USER, "")) {
            MigrateResult result = new Migrator(migrations, "migrate_history").migrate(connection, null);
            if (result.applied().size() + result.alreadyApplied() != migrations.size()) {
                throw new IllegalStateException("applied " + result.applied().size() + ", already applied "
                        + result.alreadyApplied() + ", of " + migrations.size());
            }
        }
        return migrations;
    }

    /**
     * Flyway with its defaults: {@code Flyway.configure().dataSource(...).locations(...).load().migrate()},
     * called by name because Flyway is on the class path only for benchmark.sh (profile {@code benchmark}).
     */
    private static Object flyway(String url, Path directory) throws Exception {
        Object configuration = Class.forName("org.flywaydb.core.Flyway").getMethod("configure").invoke(null);
        configuration = configuration.getClass().getMethod("dataSource", String.class, String.class, String.class)
                .invoke(configuration, url, USER, "");
        configuration = configuration.getClass().getMethod("locations", String[].class)
                .invoke(configuration, (Object) new String[] {"filesystem:" + directory.resolve("flyway").toAbsolutePath()});
        Object flyway = configuration.getClass().getMethod("load").invoke(configuration);
        flyway.getClass().getMethod("migrate").invoke(flyway);
        return flyway;
    }

    private static String heapAfterGc(Object kept) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        // what the tool keeps stays reachable until the heap is read
        System.out.println("kept " + kept.getClass().getSimpleName());
        return String.format(java.util.Locale.ROOT, "%.1f", used / 1_048_576.0);
    }

    /** {@code make} as the command runs it, after Hibernate's boot of the entities in {@code entities/classes}. */
    private static void make(Path directory, Path entities, boolean oneChange) throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        URLClassLoader loader = new URLClassLoader(new URL[] {entities.resolve("classes").toUri().toURL()},
                MigrateBenchmark.class.getClassLoader());
        try (Stream<Path> files = Files.list(entities.resolve("classes/bench"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                classes.add(loader.loadClass("bench." + name.substring(0, name.length() - ".class".length())));
            }
        }
        Thread.currentThread().setContextClassLoader(loader);
        // the database make checks its new file for (the online lint): in the command, Hibernate's boot
        // has connected to it before make runs, so the driver is loaded and a connection is quick
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/postgres"));
        database.setUser(USER);
        try (Connection connection = database.getConnection()) {
            connection.getMetaData().getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            // no database: the lint then writes its findings for every database, as the command would
        }
        try (OfflineMetadata metadata = OfflineMetadata.forDialect(PostgreSQLDialect.class).classLoader(loader)
                .entities(classes).build()) {
            Path out = Files.createTempDirectory("make");
            long start = System.nanoTime();
            Schema model = metadata.readSchema();
            MigrationScanner scanner = new MigrationScanner(MigrateBenchmark.class.getClassLoader());
            MigrationLoader files = new MigrationLoader(new MigrationReader());
            List<String> location = List.of("filesystem:" + directory.resolve("migrate").toAbsolutePath());
            // make reads no history; it asks the data source which database it is only when it writes a file
            Migrate migrate = new Migrate(new MigrateConfiguration(database, List::of,
                    () -> files.load(scanner.scan(location)), null, out, null));
            MakeResult made = migrate.make(model, RenameHints.none(), null);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println(made.noChanges() ? "no changes" : "wrote " + made.id() + " with "
                    + made.operations().size() + " operation(s): " + made.report());
            if (made.operations().size() != (oneChange ? 1 : 0)) {
                throw new IllegalStateException("make measured the wrong thing: expected " + (oneChange ? 1 : 0)
                        + " operation(s), found " + made.operations());
            }
            System.out.println("make " + ms + " ms");
            for (File file : out.toFile().listFiles()) {
                file.delete();
            }
            out.toFile().delete();
        }
    }
}
