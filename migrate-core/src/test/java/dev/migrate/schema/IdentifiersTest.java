package dev.migrate.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** What a name may be, whatever the database (each dialect adds its database's limits). */
class IdentifiersTest {

    @Test
    void acceptsWhatTheDatabasesAcceptInLowerCase() {
        assertThat(Identifiers.require("Book", "table")).isEqualTo("book");
        assertThat(Identifiers.require("Outer$Inner", "table")).isEqualTo("outer$inner");
        assertThat(Identifiers.require("入职日期", "column")).isEqualTo("入职日期");
        assertThat(Identifiers.require("ÄRGER", "column")).isEqualTo("ärger");
        assertThat(Identifiers.require("order-lines", "table")).isEqualTo("order-lines");
        assertThat(Identifiers.require("1st place", "column")).isEqualTo("1st place");
        assertThat(Identifiers.require("x".repeat(300), "column")).hasSize(300);
        assertThat(Identifiers.require("😀", "column")).isEqualTo("😀");
    }

    /** Quoting (in the dialects) keeps these inside the name; the name itself may hold them. */
    @Test
    void acceptsQuoteCharactersAndSqlPunctuation() {
        for (String name : new String[] {"a\"b", "a`b", "x; drop table y", "a--b", "a/*b*/", "it's", "a\tb", "a\nb"}) {
            assertThat(Identifiers.require(name, "column")).as(name).isEqualTo(name);
        }
    }

    @Test
    void rejectsAMissingName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.require(null, "table"))
                .withMessage("table name is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.require("", "column"))
                .withMessage("column name is missing");
    }

    @Test
    void rejectsWhatNoMigrationFileCanHoldAndShowsItPrintably() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.require("a\u0000b", "table"))
                .withMessage("Invalid table name 'a\\u0000b': U+0000 cannot be written in a migration file, nor stored "
                        + "by PostgreSQL or MariaDB");
        assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.require("a\u0007b", "table"))
                .withMessageContaining("U+0007 cannot be written in a migration file");
        assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.require("a\ud800", "table"))
                .withMessageContaining("'a\\uD800'").withMessageContaining("U+D800");
        assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.require("a\uffff", "table"))
                .withMessageContaining("U+FFFF");
    }

    @Test
    void rejectsCommasAndWhiteSpaceAtTheEnds() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.require("a,b", "column"))
                .withMessageContaining("'a,b': a comma separates the names in a migration file's column lists");
        for (String name : new String[] {" a", "a ", "\ta", "a\n", " "}) {
            assertThatIllegalArgumentException().as(name).isThrownBy(() -> Identifiers.require(name, "column"))
                    .withMessageContaining("starts or ends with white space");
        }
    }

    @Test
    void truncatesByUtf8BytesBetweenCharacters() {
        assertThat(Identifiers.utf8Length("入职日期")).isEqualTo(12);
        assertThat(Identifiers.truncateUtf8("abc", 63)).isEqualTo("abc");
        assertThat(Identifiers.truncateUtf8("入职日期", 7)).isEqualTo("入职");
        assertThat(Identifiers.truncateUtf8("a😀b", 4)).isEqualTo("a");
        assertThat(Identifiers.truncateUtf8("a😀b", 5)).isEqualTo("a😀");
    }
}
