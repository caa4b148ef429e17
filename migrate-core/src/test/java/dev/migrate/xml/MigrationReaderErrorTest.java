package dev.migrate.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrate.operation.DropTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem with a file names the file, the line and the column, and says what is wrong. */
class MigrationReaderErrorTest {

    private static final String START = "<migration xmlns=\"" + Samples.NS + "\">\n";

    private static MigrationFileException failure(String fileName, String xml) {
        Throwable thrown = catchThrowable(() -> Samples.read(xml, fileName));
        assertThat(thrown).isInstanceOf(MigrationFileException.class);
        return (MigrationFileException) thrown;
    }

    private static void assertLocated(MigrationFileException e, String fileName, int line, int column,
            String problem) {
        assertThat(e.getMessage()).startsWith(fileName + " line " + line + ", column " + column + ": ")
                .contains(problem);
        assertThat(e.sourceName()).isEqualTo(fileName);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.problem()).contains(problem);
    }

    @Test
    void malformedXml() {
        MigrationFileException e = failure("0002_broken.xml", START
                + "  <dropTable tableName=\"book\">\n"
                + "</migration>\n");

        assertLocated(e, "0002_broken.xml", 3, 3,
                "The element type \"dropTable\" must be terminated by the matching end-tag \"</dropTable>\".");
    }

    @Test
    void emptyFile() {
        assertLocated(failure("0002_empty.xml", ""), "0002_empty.xml", 1, 1, "Premature end of file.");
    }

    @Test
    void missingRequiredAttribute() {
        MigrationFileException e = failure("0002_x.xml", START
                + "  <addColumn>\n"
                + "    <column name=\"published\" type=\"date\"/>\n"
                + "  </addColumn>\n"
                + "</migration>\n");

        assertLocated(e, "0002_x.xml", 2, 14,
                "<addColumn> needs the attribute 'tableName'");
        assertThat(e.problem()).doesNotContain("cvc-");
    }

    @Test
    void unknownElementListsWhatIsExpectedWithoutNamespaceNoise() {
        MigrationFileException e = failure("0002_typo.xml", START
                + "  <createTabel tableName=\"book\"/>\n"
                + "</migration>\n");

        assertLocated(e, "0002_typo.xml", 2, 34,
                "unexpected element <createTabel> here (did you mean <createTable>?); expected one of <dependsOn>, <replaces>, <createTable>,");
        assertThat(e.getMessage()).doesNotContain(Samples.NS);
    }

    @Test
    void unknownAttribute() {
        MigrationFileException e = failure("0002_x.xml", START
                + "  <dropTable tableName=\"book\" cascadeConstraints=\"true\"/>\n"
                + "</migration>\n");

        assertLocated(e, "0002_x.xml", 2, 58,
                "<dropTable> does not take the attribute 'cascadeConstraints'");
    }

    @Test
    void dependsOnAfterAChange() {
        MigrationFileException e = failure("0002_x.xml", START
                + "  <dropTable tableName=\"book\"/>\n"
                + "  <dependsOn>0001_initial</dependsOn>\n"
                + "</migration>\n");

        assertLocated(e, "0002_x.xml", 3, 14, "unexpected element <dependsOn> here; expected one of <createTable>,");
    }

    @Test
    void missingNamespaceSaysWhatTheRootShouldBe() {
        MigrationFileException e = failure("0002_x.xml", "<migration>\n  <dropTable tableName=\"book\"/>\n</migration>");

        assertLocated(e, "0002_x.xml", 1, 12, "unknown root element <migration>; "
                + "the root element must be <migration xmlns=\"" + Samples.NS + "\">");
    }

    @Test
    void badBooleanIsASchemaError() {
        MigrationFileException e = failure("0002_x.xml", START
                + "  <createIndex tableName=\"book\" indexName=\"i\" unique=\"yes\">\n"
                + "    <column name=\"title\"/>\n"
                + "  </createIndex>\n"
                + "</migration>\n");

        assertLocated(e, "0002_x.xml", 2, 60, "attribute 'unique' of <createIndex>: 'yes' is not a boolean (use true or false)");
    }

    @Test
    void badColumnTypeIsReportedAtItsColumnElement() {
        MigrationFileException e = failure("0003_books.xml", START
                + "  <createTable tableName=\"book\">\n"
                + "    <column name=\"id\" type=\"bigint\"/>\n"
                + "    <column name=\"title\" type=\"varchr(20)\"/>\n"
                + "  </createTable>\n"
                + "</migration>\n");

        assertLocated(e, "0003_books.xml", 4, 45, "Unknown column type 'varchr(20)'; expected one of bigint");
        assertThat(e).hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badNewDataType() {
        MigrationFileException e = failure("0003_x.xml", START
                + "  <modifyDataType tableName=\"book\" columnName=\"title\" newDataType=\"varchar\"/>\n"
                + "</migration>\n");

        assertLocated(e, "0003_x.xml", 2, 78, "type varchar needs a positive length");
    }

    @Test
    void badIdentifierIsReportedAtItsElement() {
        MigrationFileException e = failure("0004_x.xml", START
                + "  <dropColumn tableName=\"book\"\n"
                + "      columnName=\"my,column\"/>\n"
                + "</migration>\n");

        assertLocated(e, "0004_x.xml", 3, 31, "Invalid column name 'my,column'");
    }

    @Test
    void badIdentifierInANestedElementPointsAtThatElement() {
        MigrationFileException e = failure("0004_x.xml", START
                + "  <createIndex tableName=\"book\" indexName=\"idx\">\n"
                + "    <column name=\"title\"/>\n"
                + "    <column name=\"a,b\"/>\n"
                + "  </createIndex>\n"
                + "</migration>\n");

        assertLocated(e, "0004_x.xml", 4, 25, "Invalid column name 'a,b'");
    }

    @Test
    void badNumericDefault() {
        MigrationFileException e = failure("0005_x.xml", START
                + "  <addDefaultValue tableName=\"book\" columnName=\"price\" defaultValueNumeric=\"one\"/>\n"
                + "</migration>\n");

        assertLocated(e, "0005_x.xml", 2, 83, "'one' is not a number");
    }

    @Test
    void twoDefaultsOnAColumn() {
        MigrationFileException e = failure("0005_x.xml", START
                + "  <addColumn tableName=\"book\">\n"
                + "    <column name=\"price\" type=\"integer\" defaultValue=\"1\" defaultValueNumeric=\"1\"/>\n"
                + "  </addColumn>\n"
                + "</migration>\n");

        assertLocated(e, "0005_x.xml", 3, 83, "Use only one of defaultValue, defaultValueNumeric, "
                + "defaultValueBoolean and defaultValueComputed");
    }

    @Test
    void addDefaultValueWithoutAValue() {
        MigrationFileException e = failure("0005_x.xml", START
                + "  <addDefaultValue tableName=\"book\" columnName=\"price\"/>\n"
                + "</migration>\n");

        assertLocated(e, "0005_x.xml", 2, 57, "addDefaultValue needs one of defaultValue");
    }

    @Test
    void nullablePrimaryKeyColumn() {
        MigrationFileException e = failure("0006_x.xml", START
                + "  <createTable tableName=\"t\">\n"
                + "    <column name=\"id\" type=\"bigint\">\n"
                + "      <constraints primaryKey=\"true\" nullable=\"true\"/>\n"
                + "    </column>\n"
                + "  </createTable>\n"
                + "</migration>\n");

        assertLocated(e, "0006_x.xml", 3, 37, "Column id is in the primary key and cannot be nullable");
    }

    @Test
    void primaryKeyColumnNamesThatAreNotTheMarkedColumns() {
        MigrationFileException e = failure("0006_x.xml", START
                + "  <createTable tableName=\"t\" primaryKeyColumnNames=\"b, a\">\n"
                + "    <column name=\"a\" type=\"bigint\">\n"
                + "      <constraints primaryKey=\"true\"/>\n"
                + "    </column>\n"
                + "    <column name=\"b\" type=\"bigint\"/>\n"
                + "  </createTable>\n"
                + "</migration>\n");

        assertLocated(e, "0006_x.xml", 2, 59, "createTable t: primaryKeyColumnNames \"b, a\" must name the columns"
                + " marked primaryKey=\"true\", each once: [a]");
    }

    @Test
    void primaryKeyInAddColumn() {
        MigrationFileException e = failure("0006_x.xml", START
                + "  <addColumn tableName=\"t\">\n"
                + "    <column name=\"id\" type=\"bigint\">\n"
                + "      <constraints primaryKey=\"true\"/>\n"
                + "    </column>\n"
                + "  </addColumn>\n"
                + "</migration>\n");

        assertLocated(e, "0006_x.xml", 3, 37, "Column id cannot join the primary key in addColumn");
    }

    @Test
    void foreignKeyWithUnequalColumnCounts() {
        MigrationFileException e = failure("0007_x.xml", START
                + "  <addForeignKeyConstraint baseTableName=\"a\" baseColumnNames=\"b, c\" constraintName=\"fk\"\n"
                + "      referencedTableName=\"d\" referencedColumnNames=\"e\" onDelete=\"CASCADE\"/>\n"
                + "</migration>\n");

        assertLocated(e, "0007_x.xml", 3, 77, "foreign key fk has 2 columns but references 1");
    }

    @Test
    void emptySqlStatement() {
        MigrationFileException e = failure("0008_x.xml", START
                + "  <sql>\n"
                + "    <statement> ; </statement>\n"
                + "  </sql>\n"
                + "</migration>\n");

        assertLocated(e, "0008_x.xml", 2, 8, "sql needs at least one statement and no empty ones");
    }

    @Test
    void checkConstraintWithoutACondition() {
        MigrationFileException e = failure("0010_x.xml", START
                + "  <addCheckConstraint tableName=\"book\" constraintName=\"ck_book_price\">  </addCheckConstraint>\n"
                + "</migration>\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("<addCheckConstraint>: the value must not be blank");
    }

    @Test
    void checkConstraintWithoutAName() {
        MigrationFileException e = failure("0011_x.xml", START
                + "  <addCheckConstraint tableName=\"book\">price > 0</addCheckConstraint>\n"
                + "</migration>\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("<addCheckConstraint> needs the attribute 'constraintName'");
    }

    @Test
    void droppingACheckConstraintWithABadName() {
        MigrationFileException e = failure("0012_x.xml", START
                + "  <dropCheckConstraint tableName=\"book\" constraintName=\"ck,book\"/>\n"
                + "</migration>\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("ck,book");
    }

    @Test
    void doctypeIsRefused() {
        MigrationFileException e = failure("0009_x.xml",
                "<!DOCTYPE migration [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + START
                        + "  <dropTable tableName=\"&x;\"/>\n</migration>\n");

        assertLocated(e, "0009_x.xml", 1, 10, "DOCTYPE is disallowed");
    }

    @Test
    void readingAPathNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("0010_bad.xml");
        Files.writeString(file, START + "  <dropTable/>\n</migration>\n");

        assertThatThrownBy(() -> Samples.READER.read(file))
                .isInstanceOf(MigrationFileException.class)
                .hasMessageStartingWith("0010_bad.xml line 2, column 15: ");
    }

    @Test
    void anUnreadableStreamIsAnIoProblem() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };

        assertThatThrownBy(() -> Samples.READER.read(broken, "0011_x.xml"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("0011_x.xml").hasMessageContaining("disk on fire");
    }

    @Test
    void aFailedReadDoesNotSpoilTheNextOnes() {
        MigrationReader reader = new MigrationReader();
        String good = START + "  <dropTable tableName=\"book\"/>\n</migration>\n";
        MigrationDocument expected = new MigrationDocument(List.of(), List.of(new DropTable("book")));
        java.util.function.Function<String, MigrationDocument> read = xml -> reader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "0012_x.xml");

        assertThat(read.apply(good)).isEqualTo(expected);
        assertThatThrownBy(() -> read.apply(START + "  <dropTable/>\n</migration>\n"))
                .hasMessageStartingWith("0012_x.xml line 2, column 15: ");
        assertThat(read.apply(good)).isEqualTo(expected);
        assertThatThrownBy(() -> read.apply(START + "  <dropTable tableName=\"book\">\n</migration>\n"))
                .hasMessageStartingWith("0012_x.xml line 3, column 3: ");
        assertThat(read.apply(good)).isEqualTo(expected);
        assertThatThrownBy(() -> read.apply(START + "  <dropTable tableName=\"a,b\"/>\n</migration>\n"))
                .hasMessageStartingWith("0012_x.xml line 2, column 31: ");
        assertThat(read.apply(good)).isEqualTo(expected);
    }

    @Test
    void anUnknownEncodingIsAFileErrorInPlainWords() {
        String xml = "<?xml version=\"1.0\" encoding=\"isbn\"?>\n" + START + "  <dropTable tableName=\"book\"/>\n</migration>\n";

        assertLocated(failure("0013_x.xml", xml), "0013_x.xml", 1, 1, "unknown encoding 'isbn'");
        // the start-up reads heads only: the same words, where the streaming parser stops
        assertThatThrownBy(() -> MigrationHeader.head(xml.getBytes(StandardCharsets.UTF_8), () -> "0013_x.xml").dependsOn())
                .isInstanceOf(MigrationFileException.class)
                .hasMessageStartingWith("0013_x.xml line 1, column ")
                .hasMessageContaining(": unknown encoding 'isbn'");
    }

    @Test
    void xsdCodesAreTranslated() {
        assertThat(failure("0014_x.xml", START + "  <createTable tableName=\"t\"></createTable>\n</migration>\n")
                .problem()).isEqualTo("<createTable> is not complete: it needs <column> here");
        assertThat(failure("0014_x.xml", START + "  <dropTable tableName=\"t\">text</dropTable>\n</migration>\n")
                .problem()).isEqualTo("<dropTable> takes neither text nor elements");
        assertThat(failure("0014_x.xml", START + "  <dropTable tableName=\"t\"><x/></dropTable>\n</migration>\n")
                .problem()).isEqualTo("unexpected element <x> here; no element is expected at this point");
        assertThat(failure("0014_x.xml", START + "  <dependsOn>0001 a</dependsOn>\n</migration>\n").problem())
                .isEqualTo("<dependsOn>: '0001 a' is not a migration id: write the file name without .xml, with no spaces");
        assertThat(failure("0014_x.xml", START + "  <addForeignKeyConstraint baseTableName=\"b\" baseColumnNames=\"a\""
                + " referencedTableName=\"a\" referencedColumnNames=\"id\" constraintName=\"f\" onDelete=\"BOOM\"/>\n"
                + "</migration>\n").problem())
                .isEqualTo("attribute 'onDelete' of <addForeignKeyConstraint>: 'BOOM' is not one of CASCADE, SET NULL,"
                        + " SET DEFAULT, RESTRICT, NO ACTION");
    }

    @Test
    void unknownCodesLoseTheCodeAndTheNamespace() {
        assertThat(XsdMessages.plain("cvc-something.9: Element '{\"" + Samples.NS + "\":x}' is odd."))
                .isEqualTo("Element '{x}' is odd.");
    }

    @Test
    void aLongValueIsNotEchoedInFull() {
        String longValue = "q".repeat(100_000);
        MigrationFileException e = failure("0015_x.xml", START
                + "  <createIndex tableName=\"book\" indexName=\"i\" unique=\"" + longValue + "\">\n"
                + "    <column name=\"title\"/>\n"
                + "  </createIndex>\n"
                + "</migration>\n");

        assertThat(e.problem()).isEqualTo("attribute 'unique' of <createIndex>: '" + "q".repeat(60)
                + "… (100000 characters)' is not a boolean (use true or false)");
        assertThat(failure("0015_x.xml", START + "  <createTable tableName=\"t\">\n    <column name=\"c\" type=\""
                + longValue + "\"/>\n  </createTable>\n</migration>\n").getMessage()).hasSizeLessThan(600);
    }

    @Test
    void unknownDbmsIsLocated() {
        MigrationFileException e = failure("0016_x.xml", START
                + "  <sql dbms=\"postgresql, oracle\">\n"
                + "    <statement>select 1</statement>\n"
                + "  </sql>\n"
                + "</migration>\n");

        assertLocated(e, "0016_x.xml", 2, 34, "dbms: unknown database 'oracle'; use postgresql, mariadb (or mysql)"
                + " and h2, separated by commas");
        assertThat(failure("0016_x.xml", START + "  <sql dbms=\" , \"><statement>select 1</statement></sql>\n"
                + "</migration>\n").problem()).startsWith("dbms names no database");
    }

    @Test
    void javaNeedsAClassName() {
        assertLocated(failure("0017_x.xml", START + "  <java version=\"2\"/>\n</migration>\n"), "0017_x.xml", 2, 22,
                "<java> needs the attribute 'class'");
        assertLocated(failure("0017_x.xml", START + "  <java class=\"com.example.Fill Isbn\"/>\n</migration>\n"),
                "0017_x.xml", 2, 40, "java: 'com.example.Fill Isbn' is not a class name");
    }
}
