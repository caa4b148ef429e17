package dev.migrate.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationChecksumTest {

    private static final String ORIGINAL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <migration xmlns="https://migrate.dev/xml/migration/1.0">
                <dependsOn>0001_initial</dependsOn>
                <createTable tableName="author">
                    <column name="id" type="bigint" autoIncrement="true">
                        <constraints nullable="false" primaryKey="true"/>
                    </column>
                    <column name="name" type="varchar(100)" defaultValue="anonymous"/>
                </createTable>
                <addColumn tableName="book">
                    <column name="author_id" type="bigint"/>
                </addColumn>
                <addForeignKeyConstraint baseTableName="book" baseColumnNames="author_id" constraintName="fk_book_author" referencedTableName="author" referencedColumnNames="id" onDelete="CASCADE"/>
                <sql>
                    <statement>update book set author_id = 1</statement>
                </sql>
            </migration>
            """;

    /** The same migration, reformatted: prefix, attribute order, whitespace, comments, case, defaults spelled out. */
    private static final String REFORMATTED = """
            <?xml version='1.0' encoding='UTF-8'?>
            <!-- The authors, by hand. -->
            <m:migration xmlns:m="https://migrate.dev/xml/migration/1.0"><m:dependsOn> 0001_initial </m:dependsOn>
              <m:createTable tableName="AUTHOR"><!-- key first -->
                <m:column autoIncrement="true" type="BIGINT" name="id"><m:constraints primaryKey="1"/></m:column>
                <m:column
                    type="varchar( 100 )"
                    name="name"
                    defaultValue="anonymous"><m:constraints nullable="true" primaryKey="false"/></m:column>
              </m:createTable>
              <m:addColumn tableName="book"><m:column name="author_id" type="bigint"/></m:addColumn>
              <m:addForeignKeyConstraint
                  referencedColumnNames="id" referencedTableName="author" onDelete="CASCADE"
                  constraintName="fk_book_author" baseColumnNames=" author_id " baseTableName="book"/>
              <m:sql><m:statement>
                  update book set author_id = 1;
              </m:statement></m:sql>
            </m:migration>
            """;

    private static String checksumOf(String xml) {
        return MigrationChecksum.checksum(Samples.read(xml, "0002_authors.xml"));
    }

    /** The original with one change, which must be there to make. */
    private static String edit(String from, String to) {
        assertThat(ORIGINAL).contains(from);
        return ORIGINAL.replace(from, to);
    }

    @Test
    void isSha256Hex() {
        assertThat(checksumOf(ORIGINAL)).matches("[0-9a-f]{64}");
    }

    @Test
    void ignoresFormattingCommentsPrefixesAndAttributeOrder() {
        assertThat(checksumOf(REFORMATTED)).isEqualTo(checksumOf(ORIGINAL));
    }

    @Test
    void ignoresTheDataLossComments() {
        MigrationDocument document = Samples.everything();
        String written = new MigrationWriter().write(document);

        assertThat(checksumOf(written.replace("<!-- Data loss", "<!-- Careful, data loss")))
                .isEqualTo(MigrationChecksum.checksum(document));
    }

    @Test
    void changesWhenAnAttributeValueChanges() {
        String original = checksumOf(ORIGINAL);

        assertThat(checksumOf(edit("varchar(100)", "varchar(101)"))).isNotEqualTo(original);
        assertThat(checksumOf(edit("\"CASCADE\"", "\"SET NULL\""))).isNotEqualTo(original);
        assertThat(checksumOf(edit("defaultValue=\"anonymous\"", "defaultValueComputed=\"anonymous\"")))
                .isNotEqualTo(original);
        assertThat(checksumOf(edit("<constraints nullable=\"false\" primaryKey=\"true\"/>",
                "<constraints nullable=\"false\"/>"))).isNotEqualTo(original);
        assertThat(checksumOf(edit("author_id = 1", "author_id = 2"))).isNotEqualTo(original);
        assertThat(checksumOf(edit("0001_initial", "0001_first"))).isNotEqualTo(original);
    }

    @Test
    void changesWhenOperationsAreReordered() {
        String start = "<migration xmlns=\"" + Samples.NS + "\">";
        String drop = "<dropTable tableName=\"a\"/>";
        String rename = "<renameTable oldTableName=\"b\" newTableName=\"a\"/>";

        assertThat(checksumOf(start + drop + rename + "</migration>"))
                .isNotEqualTo(checksumOf(start + rename + drop + "</migration>"));
    }

    /** dbms and version join the checksum only when present, so files written before them keep theirs. */
    @Test
    void dbmsAndJavaVersionCountOnlyWhenPresent() {
        String start = "<migration xmlns=\"" + Samples.NS + "\">";
        String plain = start + "<sql><statement>update a set b = 1</statement></sql></migration>";
        assertThat(MigrationWriter.canonical(Samples.read(plain, "0001_a.xml")))
                .contains("<sql><statement>update a set b = 1</statement></sql>");

        assertThat(checksumOf(start + "<sql dbms=\"h2\"><statement>update a set b = 1</statement></sql></migration>"))
                .isNotEqualTo(checksumOf(plain));
        assertThat(checksumOf(start + "<sql dbms=\"mysql, postgresql\"><statement>x</statement></sql></migration>"))
                .isEqualTo(checksumOf(start + "<sql dbms=\"postgresql,mariadb\"><statement>x</statement></sql></migration>"));
        String java = start + "<java class=\"a.B\"/></migration>";
        assertThat(checksumOf(start + "<java class=\"a.B\" version=\"2\"/></migration>")).isNotEqualTo(checksumOf(java));
        assertThat(checksumOf(start + "<java class=\"a.C\"/></migration>")).isNotEqualTo(checksumOf(java));
    }
}
