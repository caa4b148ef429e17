package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.diff.Questioner;
import dev.migrate.diff.RenameHints;
import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.AddUniqueConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnlineLintTest {

    private static final ColumnType BIGINT = ColumnType.of(DataType.BIGINT);

    @TempDir
    Path directory;

    /** author(id) and book(id, author_id, isbn varchar(20), pages integer): tables that exist. */
    private static Schema library() {
        Schema schema = new CreateTable("author", List.of(Column.of("id", BIGINT, false)), List.of("id"))
                .applyTo(Schema.empty());
        return new CreateTable("book", List.of(Column.of("id", BIGINT, false), Column.of("author_id", BIGINT, true),
                Column.of("isbn", ColumnType.of(DataType.VARCHAR, 20), true),
                Column.of("pages", ColumnType.of(DataType.INTEGER), true)), List.of("id")).applyTo(schema);
    }

    private static List<String> rules(Operation operation) {
        return OnlineLint.check("0002_x", List.of(operation), library()).stream()
                .map(f -> f.database() + " " + f.rule()).toList();
    }

    private static final CreateIndex INDEX = new CreateIndex("book", new Index("book_pages_idx", false,
            List.of(IndexColumn.asc("pages"))));
    private static final AddForeignKeyConstraint FOREIGN_KEY = new AddForeignKeyConstraint("book", new ForeignKey(
            "book_author_fk", List.of("author_id"), "author", List.of("id"), ReferentialAction.NO_ACTION));
    private static final AddCheckConstraint CHECK = new AddCheckConstraint("book", new CheckConstraint("book_pages_ck",
            "pages > 0"));
    private static final AddUniqueConstraint UNIQUE = new AddUniqueConstraint("book", new UniqueConstraint("book_isbn_uk",
            List.of("isbn")));
    private static final AddNotNullConstraint NOT_NULL = new AddNotNullConstraint("book", "isbn", null);

    @Test
    void eachRiskyChangeOfAnExistingTableIsFoundWithItsSafeForm() {
        assertThat(rules(INDEX)).containsExactly("PostgreSQL create-index-blocks-writes");
        assertThat(rules(UNIQUE)).containsExactly("PostgreSQL unique-constraint-blocks-writes");
        assertThat(rules(FOREIGN_KEY)).containsExactly("PostgreSQL foreign-key-validates-under-lock",
                "MariaDB foreign-key-copies-table");
        assertThat(rules(CHECK)).containsExactly("PostgreSQL check-validates-under-lock", "MariaDB check-copies-table");
        assertThat(rules(NOT_NULL)).containsExactly("PostgreSQL set-not-null", "MariaDB set-not-null");
        assertThat(rules(new ModifyDataType("book", "pages", BIGINT))).containsExactly(
                "PostgreSQL change-column-type", "MariaDB change-column-type");
        assertThat(rules(new AddColumn("book", Column.of("title", ColumnType.of(DataType.VARCHAR, 50), false))))
                .containsExactly("PostgreSQL and MariaDB add-required-column");
        assertThat(rules(new AddColumn("book", new Column("code", ColumnType.of(DataType.UUID), true,
                DefaultValue.computed("gen_random_uuid()"), false))))
                .containsExactly("PostgreSQL add-column-volatile-default");
        assertThat(rules(new RenameColumn("book", "isbn", "code"))).containsExactly("PostgreSQL and MariaDB rename-column");
        assertThat(rules(new RenameTable("book", "volume"))).containsExactly("PostgreSQL and MariaDB rename-table");
        assertThat(rules(new DropColumn("book", "pages"))).containsExactly("PostgreSQL and MariaDB drop-column");
        assertThat(rules(new DropTable("book"))).containsExactly("PostgreSQL and MariaDB drop-table");

        OnlineLint.Finding finding = OnlineLint.check("0002_x", List.of(INDEX), library()).get(0);
        assertThat(finding.line()).isEqualTo("0002_x, operation 1 (Create index book_pages_idx on book (pages)):"
                + " create index takes a SHARE lock on book: writes wait while the whole index is built [PostgreSQL,"
                + " create-index-blocks-writes]\n      Safe: online=\"true\": create index concurrently, outside the"
                + " migration's transaction");
    }

    @Test
    void theOnlineFormsAndSafeChangesAreNotFound() {
        for (Operation operation : List.of(INDEX, UNIQUE, FOREIGN_KEY, CHECK, NOT_NULL)) {
            assertThat(rules(OnlineLint.online(operation))).as(operation.describe())
                    .allMatch(rule -> rule.startsWith("MariaDB"));
        }
        assertThat(rules(new ModifyDataType("book", "isbn", ColumnType.of(DataType.VARCHAR, 40)))).isEmpty();
        assertThat(rules(new ModifyDataType("book", "isbn", ColumnType.of(DataType.TEXT))))
                .containsExactly("MariaDB change-column-type");
        assertThat(rules(new AddColumn("book", new Column("added", ColumnType.of(DataType.TIMESTAMP), false,
                DefaultValue.computed("current_timestamp"), false)))).isEmpty();
        assertThat(rules(new AddColumn("book", Column.of("title", ColumnType.of(DataType.VARCHAR, 50), true))))
                .isEmpty();
    }

    @Test
    void aTableCreatedInTheSameMigrationIsNotAtRisk() {
        CreateTable loan = new CreateTable("loan", List.of(Column.of("id", BIGINT, false),
                Column.of("book_id", BIGINT, true)), List.of("id"));
        List<Operation> operations = List.of(loan, new CreateIndex("loan", new Index("loan_book_idx", false,
                List.of(IndexColumn.asc("book_id")))), new AddForeignKeyConstraint("loan", new ForeignKey("loan_book_fk",
                        List.of("book_id"), "book", List.of("id"), ReferentialAction.NO_ACTION)));
        assertThat(OnlineLint.check("0002_loan", operations, library())).isEmpty();
    }

    @Test
    void makeWritesTheOnlineFormsAndTheFindingsAsComments() throws Exception {
        MigrationWriter writer = new MigrationWriter();
        Files.writeString(directory.resolve("0001_initial.xml"), writer.write(new dev.migrate.xml.MigrationDocument(
                List.of(), List.of(new CreateTable("author", List.of(Column.of("id", BIGINT, false)), List.of("id")),
                        new CreateTable("book", List.of(Column.of("id", BIGINT, false),
                                Column.of("author_id", BIGINT, true),
                                Column.of("isbn", ColumnType.of(DataType.VARCHAR, 20), true),
                                Column.of("pages", ColumnType.of(DataType.INTEGER), true)), List.of("id"))))));
        Schema model = FOREIGN_KEY.applyTo(INDEX.applyTo(new ModifyDataType("book", "pages", BIGINT)
                .applyTo(library())));
        MigrationMaker maker = new MigrationMaker(writer, Questioner.nonInteractive());

        MakeResult usual = maker.make(existing(), model, RenameHints.none(), directory, "usual", false,
                () -> OnlineLint.Database.POSTGRESQL);
        assertThat(usual.findings()).extracting(OnlineLint.Finding::rule).containsExactlyInAnyOrder(
                "change-column-type", "create-index-blocks-writes", "foreign-key-validates-under-lock");
        String file = Files.readString(usual.file());
        assertThat(file).contains("<!-- Online: create index takes a SHARE lock on book")
                .doesNotContain("MariaDB");
        assertThat(usual.report()).contains("Online safety (on a busy database):")
                .contains("Safe: online=\"true\": create index concurrently");
        Files.delete(usual.file());

        MakeResult online = maker.make(existing(), model, RenameHints.none(), directory, "online", true,
                () -> OnlineLint.Database.POSTGRESQL);
        assertThat(online.findings()).extracting(OnlineLint.Finding::rule).containsExactly("change-column-type");
        assertThat(Files.readString(online.file())).contains("online=\"true\"");
        assertThat(online.operations()).contains(OnlineLint.online(INDEX), OnlineLint.online(FOREIGN_KEY));
        assertThat(existing().get(1).operations()).isEqualTo(online.operations());
    }

    private List<Migration> existing() {
        return new MigrationLoader(new MigrationReader()).load(new MigrationScanner(getClass().getClassLoader())
                .scan(List.of("filesystem:" + directory)));
    }
}
