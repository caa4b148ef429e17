package dev.migrate.benchmark;

import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.SchemaDrift;
import dev.migrate.engine.SchemaReplay;
import dev.migrate.dialect.Dialect;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The performance budget of DESIGN.md, measured: 500 migrations of one table each (6 columns, an
 * index, a foreign key). Run each mode in a fresh JVM (see {@code benchmark.sh} next to the pom):
 * <ul>
 * <li>{@code generate DIR}: writes the 500 files;</li>
 * <li>{@code floor URL USER DIR}: raw JDBC, one transaction per migration, into an empty database;</li>
 * <li>{@code apply URL USER DIR}: our migrate into an empty database;</li>
 * <li>{@code noop URL USER DIR}: our migrate with everything applied;</li>
 * <li>{@code drift URL USER DIR}: with everything applied, drift ({@link SchemaDrift#read}: the
 *     history, the live schema of 500 tables, the replay and the comparison), the files parsed
 *     beforehand; it prints the first and the best of 5 further reads, in the same JVM.</li>
 * </ul>
 * Each prints one line: the mode and the milliseconds from the start of main (for drift, the
 * first read's).
 */
public final class MigrateBenchmark {

    private static final int MIGRATIONS = 500;

    private MigrateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]));
            case "floor" -> floor(args[1], args[2], Path.of(args[3]));
            case "apply", "noop" -> migrate(args[1], args[2], Path.of(args[3]));
            case "drift" -> {
                System.out.println(args[0] + " " + drift(args[1], args[2], Path.of(args[3])) + " ms");
                return;
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.out.println(args[0] + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private static void generate(Path directory) throws Exception {
        Files.createDirectories(directory);
        MigrationWriter writer = new MigrationWriter();
        for (int i = 1; i <= MIGRATIONS; i++) {
            List<Operation> operations = new ArrayList<>();
            String table = "t" + i;
            operations.add(new CreateTable(table, List.of(
                    new Column("id", ColumnType.of(DataType.BIGINT), false, null, true),
                    Column.of("name", ColumnType.of(DataType.VARCHAR, 100), false),
                    Column.of("amount", ColumnType.decimal(10, 2), true),
                    Column.of("created", ColumnType.of(DataType.TIMESTAMP, 6), false),
                    Column.of("active", ColumnType.of(DataType.BOOLEAN), false),
                    Column.of("parent_id", ColumnType.of(DataType.BIGINT), true)), List.of("id")));
            operations.add(new CreateIndex(table, new Index("ix_" + table + "_name", false,
                    List.of(IndexColumn.asc("name")))));
            if (i > 1) {
                operations.add(new AddForeignKeyConstraint(table, new ForeignKey("fk_" + table + "_parent",
                        List.of("parent_id"), "t" + (i - 1), List.of("id"), null)));
            }
            List<String> dependsOn = i == 1 ? List.of() : List.of(id(i - 1));
            Files.writeString(directory.resolve(id(i) + ".xml"),
                    writer.write(new MigrationDocument(dependsOn, operations)));
        }
    }

    /** The floor: the same DDL sent over raw JDBC, one transaction per migration, nothing else. */
    private static void floor(String url, String user, Path directory) throws Exception {
        List<Migration> migrations = load(directory);
        Dialect dialect;
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            dialect = Dialect.fromConnection(connection);
            List<List<String>> sql = new ArrayList<>();
            Schema schema = Schema.empty();
            for (Migration migration : migrations) {
                List<String> statements = new ArrayList<>();
                for (Operation operation : migration.operations()) {
                    statements.addAll(dialect.sql(operation, schema));
                    schema = operation.applyTo(schema);
                }
                sql.add(statements);
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (List<String> statements : sql) {
                    for (String s : statements) {
                        statement.execute(s);
                    }
                    connection.commit();
                }
            }
        }
    }

    private static void migrate(String url, String user, Path directory) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            MigrateResult result = new Migrator(load(directory), "migrate_history").migrate(connection);
            System.out.println("applied " + result.applied().size() + ", already applied " + result.alreadyApplied());
        }
    }

    /** Milliseconds of the first drift read in this JVM, after the files are parsed. */
    private static long drift(String url, String user, Path directory) throws Exception {
        List<Migration> migrations = load(directory);
        SchemaReplay.of(migrations); // parse every file, which the application has done at start-up
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            long start = System.nanoTime();
            SchemaDrift first = SchemaDrift.read(connection, migrations, "migrate_history");
            long firstMs = (System.nanoTime() - start) / 1_000_000;
            if (!first.isNone() || first.appliedMigrations().size() != MIGRATIONS) {
                throw new IllegalStateException("expected no drift over " + MIGRATIONS + " applied migrations: "
                        + first.appliedMigrations().size() + " applied, " + first.differences());
            }
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long again = System.nanoTime();
                SchemaDrift.read(connection, migrations, "migrate_history");
                best = Math.min(best, (System.nanoTime() - again) / 1_000_000);
            }
            System.out.println("drift over " + MIGRATIONS + " tables: first " + firstMs + " ms, then best of 5 "
                    + best + " ms");
            return firstMs;
        }
    }

    private static List<Migration> load(Path directory) {
        return new MigrationLoader(new MigrationReader()).load(
                new MigrationScanner(MigrateBenchmark.class.getClassLoader()).scan(List.of("filesystem:" + directory)));
    }

    private static String id(int number) {
        return String.format("%04d_t%d", number, number);
    }

}
