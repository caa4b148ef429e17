package dev.migrate.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.diff.Autodetector;
import dev.migrate.diff.Questioner;
import dev.migrate.dialect.Dialect;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationResource;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.SchemaReplay;
import dev.migrate.diff.RenameHints;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.jpa.names.Outer;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.CheckExpressions;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names with {@code $}, characters beyond ASCII, quote characters and SQL punctuation, from a
 * Hibernate mapping and written by hand, go through the whole way on each database: written to a
 * migration file, read back, applied, read back from the catalog equal, and found by Hibernate.
 */
abstract class UnusualNamesTestBase extends dev.migrate.testing.FreshDatabase {

    static final String HISTORY = "迁移$历史";
    static final String ODD_TABLE = "a\"b;--/*x";

    @TempDir
    Path migrations;


    @Test
    void namesRoundTripThroughFilesDatabaseAndHibernate() throws Exception {
        try (OfflineMetadata model = OracleModels.builder(kind()).entities(Outer.Inner.class)
                .setting(OracleModels.COLUMN_ORDERING_STRATEGY, "default").build()) {
            Schema target = withOddTable(model.readSchema());
            List<Operation> initial = new Autodetector(Questioner.nonInteractive())
                    .diff(Schema.empty(), target, RenameHints.none()).operations();
            write("0001_initial", List.of(), initial);
            String file = Files.readString(migrations.resolve("0001_initial.xml"));
            assertThat(file).contains("tableName=\"outer$inner\"", "name=\"入职日期\"", "name=\"工号\"",
                    "tableName=\"a&quot;b;--/*x\"", "name=\"c`d\"", "sequenceName=\"seq$入职\"");

            assertThat(migrate()).containsExactly("0001_initial");
            assertLiveSchemaMatchesFiles();
            // Hibernate's own SQL (unquoted outer$inner and 入职日期, quoted "工号") finds what migrate created
            RealHibernate.validate(database, model, factory -> factory.inTransaction(
                    session -> assertThat(session.find(Outer.Inner.class, 1L)).isNull()));

            write("0002_renames", List.of("0001_initial"), List.of(
                    new RenameColumn("outer$inner", "工号", "员工号"),
                    new AddColumn("outer$inner", Column.of("备注 `x`", ColumnType.of(DataType.VARCHAR, 100), true)),
                    new RenameTable(ODD_TABLE, "a`b;--/*y")));
            assertThat(migrate()).containsExactly("0002_renames");
            assertLiveSchemaMatchesFiles();
            assertThat(liveSchema().table("a`b;--/*y")).isPresent();
            // the history table, named beyond ASCII, is found again: nothing is applied twice
            assertThat(migrate()).isEmpty();
        }
    }

    /** A table whose every name tries to end its quotes, plus a foreign key and a sequence. */
    private static Schema withOddTable(Schema hibernate) {
        Table odd = new Table(ODD_TABLE, List.of(
                Column.of("id", ColumnType.of(DataType.BIGINT), false),
                Column.of("c`d", ColumnType.of(DataType.VARCHAR, 20), true),
                Column.of("x; drop table y --", ColumnType.of(DataType.INTEGER), true),
                Column.of("it's", ColumnType.of(DataType.BOOLEAN), true),
                Column.of("部门", ColumnType.of(DataType.BIGINT), true)),
                List.of("id"),
                List.of(new UniqueConstraint("uk\"1", List.of("c`d"))),
                List.of(new Index("ix/*2*/", false, List.of(IndexColumn.asc("x; drop table y --")))),
                List.of(new ForeignKey("fk_部门$1", List.of("部门"), "outer$inner", List.of("id"),
                        ReferentialAction.NO_ACTION)),
                List.of());
        List<Table> tables = new ArrayList<>(hibernate.tables());
        tables.add(odd);
        List<Sequence> sequences = new ArrayList<>(hibernate.sequences());
        sequences.add(new Sequence("seq$入职", 1, 1));
        return Schema.of(tables, sequences);
    }

    private void write(String id, List<String> dependsOn, List<Operation> operations) throws Exception {
        Files.writeString(migrations.resolve(id + ".xml"),
                new MigrationWriter().write(new MigrationDocument(dependsOn, operations)));
    }

    private List<String> migrate() throws SQLException {
        try (Connection connection = database.connect()) {
            return migrator().migrate(connection).applied();
        }
    }

    private Migrator migrator() {
        List<MigrationResource> files = new MigrationScanner(getClass().getClassLoader())
                .scan(List.of("filesystem:" + migrations));
        return new Migrator(new MigrationLoader(new MigrationReader()).load(files), HISTORY);
    }

    private void assertLiveSchemaMatchesFiles() throws Exception {
        Dialect dialect;
        try (Connection connection = database.connect()) {
            dialect = Dialect.fromConnection(connection);
        }
        Schema expected = CheckExpressions.comparedByName(dialect.canonical(SchemaReplay.of(migrator().migrations())));
        Schema live = CheckExpressions.comparedByName(liveSchema());
        assertThat(live).as("live schema vs files:%n%s", String.join("\n", live.differencesFrom(expected)))
                .isEqualTo(expected);
    }

    private Schema liveSchema() throws SQLException {
        try (Connection connection = database.connect()) {
            return new SchemaIntrospector().read(connection, Set.of(HISTORY));
        }
    }
}
