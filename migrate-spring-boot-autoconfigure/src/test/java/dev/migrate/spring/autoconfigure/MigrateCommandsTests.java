package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.diff.ConsoleQuestioner;
import dev.migrate.spring.MigrateCommands;
import dev.migrate.spring.MigrateProperties;
import dev.migrate.spring.Migrations;
import dev.migrate.spring.MigrateProperties.Command;
import jakarta.persistence.EntityManagerFactory;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The commands, run in a context as migrate.command would run them: the start-up applies nothing,
 * and Hibernate (started only by make and check) does not validate the schema.
 */
class MigrateCommandsTests {

    @TempDir
    Path sourceDir;

    @Test
    void showListsEveryMigrationAndMigrateAppliesThem() {
        Runners.jdbc().withPropertyValues("migrate.command=show").run(context -> {
            assertThat(run(context, Command.SHOW)).isEqualTo(new Result(0, "[ ] 0001_initial\n", ""));
            assertThat(run(context, Command.MIGRATE).out()).startsWith("Applied 0001_initial\n1 applied in ");
            assertThat(run(context, Command.SHOW).out()).isEqualTo("[X] 0001_initial\n");
            assertThat(run(context, Command.MIGRATE).out()).isEqualTo("No migrations to apply.\n");
        });
    }

    @Test
    void sqlPrintsTheStatementsOfOneMigration() {
        Runners.jdbc().withPropertyValues("migrate.command=sql", "migrate.target=0001_initial")
                .run(context -> {
                    Result result = run(context, Command.SQL);
                    assertThat(result.status()).isZero();
                    assertThat(result.out()).startsWith("create table \"BOOK\"").contains(";\n");
                });
    }

    @Test
    void migrateGoesBackToZeroPlanShowsItFirstAndSqlShowsTheReverse() {
        Runners.jdbc().withPropertyValues("migrate.command=migrate").run(context -> {
            assertThat(run(context, Command.MIGRATE).status()).isZero();
            MigrateProperties properties = context.getBean(MigrateProperties.class);
            properties.setTarget("zero");

            Result plan = run(context, Command.PLAN);
            assertThat(plan.status()).isZero();
            assertThat(plan.out()).startsWith("Planned:\n  Unapply 0001_initial\n    - Undo 1: Drop table book\n"
                    + "        drop table \"BOOK\";\n");
            assertThat(run(context, Command.SHOW).out()).as("plan changed nothing").isEqualTo("[X] 0001_initial\n");

            properties.setBackwards(true);
            properties.setTarget("0001_initial");
            assertThat(run(context, Command.SQL).out()).isEqualTo("drop table \"BOOK\";\n");

            properties.setTarget("zero");
            assertThat(run(context, Command.MIGRATE).out()).startsWith("Unapplied 0001_initial\n1 unapplied in ");
            assertThat(run(context, Command.SHOW).out()).isEqualTo("[ ] 0001_initial\n");
            assertThat(run(context, Command.REPAIR)).isEqualTo(new Result(0, "Nothing to repair.\n", ""));

            properties.setTarget(null);
            properties.setFake(true);
            assertThat(run(context, Command.MIGRATE).out()).startsWith("Applied (fake) 0001_initial\n");
            assertThat(run(context, Command.SHOW).out()).isEqualTo("[X] 0001_initial\n");
        });
    }

    @Test
    void aTargetThatIsNotAMigrationIsRefused() {
        Runners.jdbc().withPropertyValues("migrate.command=migrate", "migrate.target=0009_nothing").run(context ->
                assertThat(run(context, Command.MIGRATE)).isEqualTo(new Result(1, "", "The target migration 0009_nothing"
                        + " is not among the migration files; use the id of one of them, or zero to unapply every"
                        + " migration\n")));
    }

    @Test
    void sqlNeedsATarget() {
        Runners.jdbc().withPropertyValues("migrate.command=sql").run(context -> assertThat(run(context, Command.SQL))
                .isEqualTo(new Result(2, "", "sql needs the id of a migration: --migrate.target=ID, one of 0001_initial\n")));
    }

    /** The refusal says what to do instead; running make would only fail the same way. */
    @Test
    void checkAndMakeGiveTheAdviceOfAnUnsupportedMappingAndNotMake() {
        Runners.jpa(Runners.InventoryBooks.class)
                .withPropertyValues("migrate.command=check", "migrate.source-dir=" + sourceDir)
                .run(context -> {
                    Result check = run(context, Command.CHECK);
                    assertThat(check.status()).isOne();
                    assertThat(check.out()).startsWith("The entities cannot be written as a migration:\n  - table 'book' "
                                    + "(entity dev.migrate.spring.fixtures.inventory.Book): is in the schema 'inventory'")
                            .contains("tables in a named schema are not supported yet")
                            .contains("on H2 add ;SCHEMA=INVENTORY")
                            .doesNotContain("--migrate.command=make");

                    Result make = run(context, Command.MAKE);
                    assertThat(make.status()).isOne();
                    assertThat(make.err()).contains("tables in a named schema are not supported yet")
                            .doesNotContain("--migrate.command=make");
                });
    }

    @Test
    void checkAndMakeWorkOnADatabaseThatIsBehindTheEntities() {
        // ddl-auto=validate would fail on this empty database: commands turn it off
        Runners.jpa(Runners.DatedBooks.class)
                .withPropertyValues("migrate.command=make", "migrate.source-dir=" + sourceDir)
                .run(context -> {
                    Result check = run(context, Command.CHECK);
                    assertThat(check.status()).isOne();
                    assertThat(check.out()).contains("  - Add column published_date to book\n")
                            .contains("--migrate.command=make");

                    Result make = run(context, Command.MAKE);
                    assertThat(make.status()).isZero();
                    assertThat(make.out()).startsWith("Wrote migration 0002_book_published_date:")
                            .contains("- Add column published_date to book");
                    assertThat(Files.readString(sourceDir.resolve("0002_book_published_date.xml")))
                            .contains("<dependsOn>0001_initial</dependsOn>").contains("<addColumn tableName=\"book\">");

                    assertThat(run(context, Command.CHECK)).isEqualTo(new Result(0, "No changes detected\n", ""));
                    assertThat(run(context, Command.MAKE).out()).isEqualTo("No changes detected\n");
                });
    }

    @Test
    void aNotNullColumnForExistingRowsNeedsADecision() {
        Runners.jpa(Runners.RequiredDateBooks.class)
                .withPropertyValues("migrate.command=make", "migrate.source-dir=" + sourceDir)
                .run(context -> {
                    Result make = run(context, Command.MAKE);
                    assertThat(make.status()).isOne();
                    assertThat(make.err()).startsWith("Cannot add the NOT NULL column book.published_date without "
                            + "a default: the rows already in book need a value.");
                    assertThat(sourceDir).isEmptyDirectory();
                    assertThat(run(context, Command.CHECK).status()).isOne();
                });
    }

    @Test
    void atAConsoleMakeAsksForAOneOffDefault() throws Exception {
        Runners.jpa(Runners.RequiredDateBooks.class).withPropertyValues("migrate.command=make",
                "migrate.source-dir=" + sourceDir, "migrate.name=book_published_date")
                .run(context -> {
                    StringWriter asked = new StringWriter();
                    MigrateCommands commands = new MigrateCommands(context.getBean(Migrations.class),
                            context.getBean(MigrateProperties.class),
                            () -> context.getBean(Migrations.class).entityModel(),
                            () -> new ConsoleQuestioner(new BufferedReader(new StringReader("'2024-01-01'\n")),
                                    new PrintWriter(asked)));
                    context.getBean(EntityManagerFactory.class); // Hibernate boots and reports the model
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    assertThat(commands.run(Command.MAKE, new PrintStream(out, true, StandardCharsets.UTF_8),
                            System.err)).isZero();
                    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Drop default of book.published_date");
                    assertThat(asked.toString()).contains("NOT NULL column book.published_date");
                    assertThat(Files.readString(sourceDir.resolve("0002_book_published_date.xml"))).contains(
                            "<addColumn tableName=\"book\">", "defaultValue=\"2024-01-01\"",
                            "<dropDefaultValue tableName=\"book\" columnName=\"published_date\"/>");
                });
    }

    @Test
    void makeNamesTheMigrationAsAsked() {
        Runners.jpa(Runners.DatedBooks.class).withPropertyValues("migrate.command=make",
                "migrate.source-dir=" + sourceDir, "migrate.name=add_published").run(context -> {
                    assertThat(run(context, Command.MAKE).status()).isZero();
                    assertThat(sourceDir.resolve("0002_add_published.xml")).exists();
                });
    }

    @Test
    void driftComparesTheDatabaseWithTheAppliedMigrations() {
        Runners.jdbc().withPropertyValues("migrate.command=drift").run(context -> {
            assertThat(run(context, Command.DRIFT))
                    .isEqualTo(new Result(0, "No drift: the database matches the 0 applied migrations\n", ""));
            run(context, Command.MIGRATE);
            assertThat(run(context, Command.DRIFT))
                    .isEqualTo(new Result(0, "No drift: the database matches the 1 applied migration\n", ""));

            context.getBean(JdbcTemplate.class).execute("alter table book add column isbn varchar(13)");
            context.getBean(JdbcTemplate.class).execute("alter table book alter column title set data type varchar(100)");
            context.getBean(JdbcTemplate.class).execute("create table notes (id int primary key)");
            assertThat(run(context, Command.DRIFT)).isEqualTo(new Result(1, """
                    Drift: the database differs from the 1 applied migration in 3 ways:
                      - Column book.title is varchar(100) in the database, varchar(200) in the migrations
                      - Column book.isbn is in the database but not in the migrations
                      - Table notes is in the database but not in the migrations
                    """, ""));
        });
    }

    @Test
    void driftSaysWhatTheSchemaModelCannotRead() {
        Runners.jdbc().withPropertyValues("migrate.command=drift").run(context -> {
            run(context, Command.MIGRATE);
            context.getBean(JdbcTemplate.class).execute("alter table book add column tags varchar(20) array");
            Result drift = run(context, Command.DRIFT);
            assertThat(drift.status()).isOne();
            assertThat(drift.out()).isEmpty();
            assertThat(drift.err()).contains("Column book.tags has type");
        });
    }

    @Test
    void makeMergeJoinsTwoLatestMigrationsWhileEveryOtherCommandRefusesThem() throws Exception {
        writeBranch("0002_book_isbn", "<addColumn tableName=\"book\"><column name=\"isbn\" type=\"varchar(13)\"/></addColumn>");
        writeBranch("0002_book_pages", "<addColumn tableName=\"book\"><column name=\"pages\" type=\"int\"/></addColumn>");
        // no entities: merge does not read them
        Runners.jdbc().withPropertyValues("migrate.command=make", "migrate.merge=true",
                "migrate.locations=classpath:db/fixtures/books,filesystem:" + sourceDir,
                "migrate.source-dir=" + sourceDir).run(context -> {
                    Result show = run(context, Command.SHOW);
                    assertThat(show.status()).isOne();
                    assertThat(show.err()).contains("the latest migrations are").contains("0002_book_isbn.xml")
                            .contains("0002_book_pages.xml")
                            .contains("--migrate.command=make --migrate.merge=true writes one");

                    Path merge = sourceDir.resolve("0003_merge_0002_book_isbn_0002_book_pages.xml");
                    assertThat(run(context, Command.MAKE)).isEqualTo(new Result(0, """
                            Merging 0002_book_isbn and 0002_book_pages (branches since 0001_initial):
                              Branch 0002_book_isbn
                                - Add column isbn to book
                              Branch 0002_book_pages
                                - Add column pages to book
                            Wrote merge migration 0003_merge_0002_book_isbn_0002_book_pages:
                              %s
                            """.formatted(merge), ""));
                    assertThat(Files.readString(merge)).contains("<dependsOn>0002_book_isbn</dependsOn>",
                            "<dependsOn>0002_book_pages</dependsOn>");

                    assertThat(run(context, Command.SHOW).out()).isEqualTo("[ ] 0001_initial\n[ ] 0002_book_isbn\n"
                            + "[ ] 0002_book_pages\n[ ] 0003_merge_0002_book_isbn_0002_book_pages\n");
                    assertThat(run(context, Command.MIGRATE).status()).isZero();
                    assertThat(run(context, Command.MAKE)).isEqualTo(new Result(0, "No conflicts detected to merge.\n", ""));
                });
    }

    @Test
    void makeMergeRefusesBranchesThatChangeTheSameColumn() throws Exception {
        writeBranch("0002_title_longer", "<modifyDataType tableName=\"book\" columnName=\"title\" newDataType=\"varchar(300)\"/>");
        writeBranch("0002_title_shorter", "<modifyDataType tableName=\"book\" columnName=\"title\" newDataType=\"varchar(100)\"/>");
        Runners.jdbc().withPropertyValues("migrate.command=make", "migrate.merge=true", "migrate.source-dir=" + sourceDir)
                .run(context -> {
                    Result make = run(context, Command.MAKE);
                    assertThat(make.status()).isOne();
                    assertThat(make.out()).isEmpty();
                    assertThat(make.err()).contains("Cannot merge")
                            .contains("0002_title_longer and 0002_title_shorter both change column book.title");
                    assertThat(sourceDir.resolve("0003_merge_0002_title_longer_0002_title_shorter.xml")).doesNotExist();
                });
    }

    @Test
    void makeEmptyWritesANamedMigrationAfterTheLatestOne() {
        Runners.jdbc().withPropertyValues("migrate.command=make", "migrate.empty=true", "migrate.name=fill_isbn",
                "migrate.source-dir=" + sourceDir).run(context -> {
                    Path file = sourceDir.resolve("0002_fill_isbn.xml");
                    assertThat(run(context, Command.MAKE)).isEqualTo(new Result(0, "Wrote migration 0002_fill_isbn:\n  "
                            + file + "\n    (empty: write its changes into it by hand)\n", ""));
                    assertThat(Files.readString(file)).contains("<dependsOn>0001_initial</dependsOn>")
                            .doesNotContain("tableName");

                    MigrateProperties properties = context.getBean(MigrateProperties.class);
                    properties.setMerge(true);
                    assertThat(run(context, Command.MAKE)).isEqualTo(new Result(2, "", "make writes a merge migration "
                            + "(--migrate.merge=true) or an empty one (--migrate.empty=true), not both\n"));
                });
    }

    @Test
    void squashWritesOneMigrationThatReplacesTheRangeAndMigratePruneForgetsTheDeletedFiles() throws Exception {
        writeBranch("0002_book_isbn", "<addColumn tableName=\"book\"><column name=\"isbn\" type=\"varchar(13)\"/></addColumn>");
        Files.writeString(sourceDir.resolve("0003_book_pages.xml"), "<migration xmlns=\"https://migrate.dev/xml/migration/1.0\">"
                + "<dependsOn>0002_book_isbn</dependsOn><addColumn tableName=\"book\"><column name=\"pages\" type=\"int\"/>"
                + "</addColumn></migration>");
        String[] files = {"migrate.locations=classpath:db/fixtures/books,filesystem:" + sourceDir,
                "migrate.source-dir=" + sourceDir, "spring.datasource.url=jdbc:h2:mem:squash;DB_CLOSE_DELAY=-1"};
        Runners.jdbc().withPropertyValues("migrate.command=squash").withPropertyValues(files).run(context -> {
            assertThat(run(context, Command.MIGRATE).status()).isZero();
            MigrateProperties properties = context.getBean(MigrateProperties.class);

            Result noTarget = run(context, Command.SQUASH);
            assertThat(noTarget.status()).isEqualTo(2);
            assertThat(noTarget.err()).startsWith("squash needs the last migration to squash: --migrate.target=ID")
                    .contains("0001_initial, 0002_book_isbn, 0003_book_pages");

            properties.setTarget("0009_nothing");
            Result unknown = run(context, Command.SQUASH);
            assertThat(unknown.status()).isOne();
            assertThat(unknown.err()).contains("The target migration 0009_nothing is not among the migration files");

            properties.setTarget("0002_book_isbn");
            Result squash = run(context, Command.SQUASH);
            assertThat(squash.status()).isZero();
            assertThat(squash.out()).startsWith("Squashed 2 migrations (0001_initial, 0002_book_isbn) into "
                    + "0001_squashed_0002_book_isbn: 2 operations optimized to 1.\nWrote "
                    + sourceDir.resolve("0001_squashed_0002_book_isbn.xml"));
            assertThat(Files.readString(sourceDir.resolve("0001_squashed_0002_book_isbn.xml")))
                    .contains("<replaces>0001_initial</replaces>", "<replaces>0002_book_isbn</replaces>");
        });
        // each command is a process of its own: the next ones read the squashed file
        Runners.jdbc().withPropertyValues("migrate.command=show").withPropertyValues(files).run(context -> {
            assertThat(run(context, Command.SHOW).out()).isEqualTo("""
                    [X] 0001_squashed_0002_book_isbn  (replaces 2, all applied)
                    [X] 0003_book_pages
                    [X] 0001_initial  (replaced by 0001_squashed_0002_book_isbn)
                    [X] 0002_book_isbn  (replaced by 0001_squashed_0002_book_isbn)
                    """);
            assertThat(run(context, Command.MIGRATE).out()).isEqualTo("No migrations to apply.\n"
                    + "Recorded squashed migration 0001_squashed_0002_book_isbn as applied (all the migrations"
                    + " it replaces are)\n");
        });
        Files.delete(sourceDir.resolve("0002_book_isbn.xml"));
        Runners.jdbc().withPropertyValues("migrate.command=migrate", "migrate.prune=true").withPropertyValues(files)
                .run(context -> {
                    assertThat(run(context, Command.MIGRATE)).isEqualTo(new Result(0, "No migrations to apply.\n"
                            + "Pruned 0002_book_isbn from the history (its file is gone; a squashed migration"
                            + " replaces it)\n", ""));
                    assertThat(run(context, Command.SHOW).out()).isEqualTo("""
                            [X] 0001_squashed_0002_book_isbn  (replaces 2, all applied)
                            [X] 0003_book_pages
                            [X] 0001_initial  (replaced by 0001_squashed_0002_book_isbn)
                            """);
                });
    }

    @Test
    void lintListsTheRiskyChangesOfThePendingMigrationsAndExitsOneForCi() throws Exception {
        writeBranch("0002_book_title_idx", "<createIndex tableName=\"book\" indexName=\"book_title_idx\">"
                + "<column name=\"title\"/></createIndex>");
        Runners.jdbc().withPropertyValues("migrate.command=lint",
                "migrate.locations=classpath:db/fixtures/books,filesystem:" + sourceDir, "migrate.lock-timeout=2s",
                "migrate.online=true").run(context -> {
                    assertThat(context.getBean(Migrations.class).core().configuration().lockTimeout())
                            .isEqualTo(java.time.Duration.ofSeconds(2));
                    assertThat(context.getBean(Migrations.class).core().configuration().online()).isTrue();
                    Result lint = run(context, Command.LINT);
                    assertThat(lint.status()).isOne();
                    assertThat(lint.out()).startsWith("Online safety: 1 finding(s) in the pending migrations:\n"
                            + "  ! 0002_book_title_idx, operation 1 (Create index book_title_idx on book (title)): create"
                            + " index takes a SHARE lock on book")
                            .contains("Safe: online=\"true\"");
                    assertThat(run(context, Command.PLAN).out()).contains("Online safety (on a busy database):");
                    run(context, Command.MIGRATE);
                    assertThat(run(context, Command.LINT)).isEqualTo(new Result(0,
                            "Online safety: no findings in the pending migrations.\n", ""));
                });
        Runners.jdbc().withPropertyValues("migrate.command=lint", "migrate.lint-all=true",
                "migrate.locations=classpath:db/fixtures/books,filesystem:" + sourceDir).run(context -> {
                    assertThat(run(context, Command.LINT).status()).isOne();
                });
    }

    private void writeBranch(String id, String change) throws Exception {
        Files.writeString(sourceDir.resolve(id + ".xml"), "<migration xmlns=\"https://migrate.dev/xml/migration/1.0\">"
                + "<dependsOn>0001_initial</dependsOn>" + change + "</migration>");
    }

    @Test
    void makeAndCheckNeedEntities() {
        Runners.jdbc().withPropertyValues("migrate.command=make").run(context -> {
            Result make = run(context, Command.MAKE);
            assertThat(make.status()).isEqualTo(2);
            assertThat(make.err()).contains("no JPA entities");
        });
    }

    private static Result run(ApplicationContext context, Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = context.getBean(MigrateCommands.class).run(command,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    record Result(int status, String out, String err) {
    }
}
