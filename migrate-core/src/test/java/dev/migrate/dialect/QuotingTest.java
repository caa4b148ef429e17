package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.migrate.operation.CreateSequence;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every name is quoted so that it cannot leave its quotes, and a name a database cannot store is
 * refused with the database and the reason.
 */
class QuotingTest {

    /** Attempts to end the quoted name early and append SQL. */
    static final List<String> INJECTIONS = List.of(
            "book\"; drop table x; --",
            "book`; drop table x; --",
            "book\" --",
            "book` /* x */",
            "a\"\"b",
            "a``b",
            "x\"); delete from y where (\"1",
            "x */ drop table y /*",
            "it's");

    static Stream<Dialect> dialects() {
        return Stream.of(Dialect.postgresql(), Dialect.mariadb(), Dialect.h2(), new H2Dialect(false));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aNameCannotLeaveItsQuotes(Dialect dialect) {
        for (String name : INJECTIONS) {
            String quoted = dialect.quote(name);
            char quote = quoted.charAt(0);
            assertThat(quoted.charAt(quoted.length() - 1)).as(name).isEqualTo(quote);
            String inside = quoted.substring(1, quoted.length() - 1);
            // inside the quotes every quote character is doubled: none ends the name
            assertThat(inside.replace(String.valueOf(quote).repeat(2), "")).as(name).doesNotContain(String.valueOf(quote));
            assertThat(inside.replace(String.valueOf(quote).repeat(2), String.valueOf(quote))).as(name)
                    .isEqualToIgnoringCase(name);
        }
    }

    @Test
    void doublesTheQuoteCharacterOfEachDatabase() {
        assertThat(Dialect.postgresql().quote("book\"; drop table x; --")).isEqualTo("\"book\"\"; drop table x; --\"");
        assertThat(Dialect.postgresql().quote("book`x")).isEqualTo("\"book`x\"");
        assertThat(Dialect.mariadb().quote("book`; drop table x; --")).isEqualTo("`book``; drop table x; --`");
        assertThat(Dialect.mariadb().quote("book\"x")).isEqualTo("`book\"x`");
        assertThat(Dialect.h2().quote("book\" /* x")).isEqualTo("\"BOOK\"\" /* X\"");
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void quotesNamesHibernateGivesNestedClassesAndNonAsciiColumns(Dialect dialect) {
        String table = dialect.quote("Outer$Inner");
        String column = dialect.quote("入职日期");
        assertThat(table.substring(1, table.length() - 1)).isEqualToIgnoringCase("outer$inner");
        assertThat(column.substring(1, column.length() - 1)).isEqualTo("入职日期");
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void rejectsWhatNoDatabaseCanStore(Dialect dialect) {
        for (String bad : List.of("", "a\u0000b", "a,b", " book", "book ")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> dialect.quote(bad));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> dialect.quote(null));
        assertThatIllegalArgumentException().isThrownBy(() -> dialect.quote("x\u0000; drop table y"))
                .withMessageContaining("'x\\u0000; drop table y'");
    }

    @Test
    void postgresqlCountsBytes() {
        assertThat(Dialect.postgresql().quote("x".repeat(63))).hasSize(65);
        assertThat(Dialect.postgresql().quote("入".repeat(21))).isEqualTo("\"" + "入".repeat(21) + "\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Dialect.postgresql().quote("x".repeat(64)))
                .withMessage("PostgreSQL cannot store the name '" + "x".repeat(64) + "': it is 64 bytes long in UTF-8, "
                        + "and PostgreSQL keeps only the first 63 bytes of a name");
        assertThatIllegalArgumentException().isThrownBy(() -> Dialect.postgresql().quote("入".repeat(22)))
                .withMessageContaining("it is 66 bytes long in UTF-8");
    }

    @Test
    void mariadbCountsCharactersOfTheBasicPlane() {
        assertThat(Dialect.mariadb().quote("入".repeat(64))).hasSize(66);
        assertThatIllegalArgumentException().isThrownBy(() -> Dialect.mariadb().quote("x".repeat(65)))
                .withMessage("MariaDB cannot store the name '" + "x".repeat(65) + "': it is 65 characters long, and "
                        + "MariaDB allows at most 64");
        assertThatIllegalArgumentException().isThrownBy(() -> Dialect.mariadb().quote("smile😀"))
                .withMessage("MariaDB cannot store the name 'smile😀': it holds U+1F600, and MariaDB allows no "
                        + "character beyond U+FFFF in a name");
    }

    /** Measured on MariaDB 10.11: 50 Chinese characters or $ make a table, 51 do not; 64 Latin-1 letters do. */
    @Test
    void mariadbRefusesTableNamesTooLongForItsFiles() {
        assertThat(MariaDbDialect.fileNameLength("book_1")).isEqualTo(6);
        assertThat(MariaDbDialect.fileNameLength("入职日期")).isEqualTo(20);
        assertThat(MariaDbDialect.fileNameLength("ä$")).isEqualTo(8);
        Dialect mariadb = Dialect.mariadb();
        Column id = Column.of("id", ColumnType.of(DataType.INTEGER), true);
        assertThat(mariadb.sql(new CreateTable("入".repeat(50), List.of(id), List.of()), Schema.empty())).hasSize(1);
        assertThat(mariadb.sql(new CreateTable("ä".repeat(64), List.of(id), List.of()), Schema.empty())).hasSize(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mariadb.sql(new CreateTable("入".repeat(51), List.of(id), List.of()), Schema.empty()))
                .withMessageContaining("MariaDB cannot store the name '" + "入".repeat(51) + "'")
                .withMessageContaining("needs at least 255 of the 251 a file name can have");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mariadb.sql(new CreateSequence(new Sequence("$".repeat(51), 1, 1)), Schema.empty()))
                .withMessageContaining("MariaDB cannot store the name");
        Schema before = Schema.of(List.of(Table.of("t", List.of(id), List.of())), List.of());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mariadb.sql(new RenameTable("t", "$".repeat(51)), before))
                .withMessageContaining("MariaDB cannot store the name");
        // a column is no file
        assertThat(mariadb.quote("入".repeat(64))).isNotEmpty();
    }

    @Test
    void h2CountsUtf16UnitsInUpperCase() {
        assertThat(Dialect.h2().quote("x".repeat(256))).hasSize(258);
        assertThatIllegalArgumentException().isThrownBy(() -> Dialect.h2().quote("x".repeat(257)))
                .withMessage("H2 cannot store the name '" + "x".repeat(257) + "': it is 257 characters long in upper "
                        + "case, and H2 allows at most 256");
        assertThatIllegalArgumentException().isThrownBy(() -> Dialect.h2().quote("😀".repeat(129)))
                .withMessageContaining("it is 258 characters long");
    }

    /** H2 folds to upper case; a name whose upper case reads back as another name cannot round-trip. */
    @Test
    void h2RefusesNamesThatDoNotSurviveUpperCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> Dialect.h2().quote("größe"))
                .withMessageContaining("'GRÖSSE', which reads back as 'grösse'");
        assertThatIllegalArgumentException().isThrownBy(() -> Dialect.h2().quote("straße"))
                .withMessage("H2 cannot store the name 'straße': H2 keeps names in upper case, 'STRASSE', which reads "
                        + "back as 'strasse'; name it 'strasse' instead");
        assertThat(new H2Dialect(false).quote("straße")).isEqualTo("\"straße\"");
        assertThat(Dialect.h2().quote("ärger")).isEqualTo("\"ÄRGER\"");
        assertThat(Dialect.h2().quote("φάσις")).isEqualTo("\"ΦΆΣΙΣ\"");
    }
}
