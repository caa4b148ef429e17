package dev.migrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.operation.Operation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import converts, keeps as SQL, notes and refuses, on changelogs written here; no database. */
class LiquibaseImportTest {

    private static final String HEAD = "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n";
    private static final String TAIL = "</databaseChangeLog>\n";

    @TempDir
    Path root;

    private void file(String path, String content) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private List<LiquibaseImport.ImportedMigration> convert(String dbms, String contexts) {
        return new LiquibaseImport(ChangelogResources.directory(root), dbms, Contexts.of(contexts))
                .convert("classpath:db/changelog/master.xml");
    }

    private static List<String> described(LiquibaseImport.ImportedMigration migration) {
        return migration.operations().stream().map(Operation::describe).toList();
    }

    @Test
    void columnsWithNestedConstraintsDefaultsAndSeveralChangesAndAuthors() throws Exception {
        file("db/changelog/master.xml", HEAD + """
                    <property name="idType" value="BIGINT"/>
                    <changeSet id="1" author="ann">
                        <createTable tableName="author">
                            <column name="id" type="${idType}" autoIncrement="true">
                                <constraints primaryKey="true" nullable="false"/>
                            </column>
                            <column name="name" type="VARCHAR(255)">
                                <constraints nullable="false" unique="true" uniqueConstraintName="ux_author_name"/>
                            </column>
                            <column name="active" type="BOOLEAN" defaultValueBoolean="true"/>
                            <column name="rating" type="DECIMAL(5,2)" defaultValueNumeric="0.0"/>
                            <column name="created" type="TIMESTAMP" defaultValueComputed="CURRENT_TIMESTAMP"/>
                        </createTable>
                    </changeSet>
                    <changeSet id="2" author="bob">
                        <createTable tableName="book">
                            <column name="id" type="BIGINT"><constraints primaryKey="true"/></column>
                            <column name="author_id" type="BIGINT">
                                <constraints foreignKeyName="fk_book_author" references="author(id)" deleteCascade="true"/>
                            </column>
                            <column name="title" type="VARCHAR(100)" defaultValue="untitled"/>
                        </createTable>
                        <createIndex tableName="book" indexName="idx_book_title"><column name="title"/></createIndex>
                        <renameColumn tableName="book" oldColumnName="title" newColumnName="name" columnDataType="VARCHAR(100)"/>
                    </changeSet>
                """ + TAIL);
        List<LiquibaseImport.ImportedMigration> migrations = convert("postgresql", null);

        assertThat(migrations).extracting(LiquibaseImport.ImportedMigration::id).containsExactly("0001_1", "0002_2");
        assertThat(migrations.get(0).origin()).isEqualTo(new ChangeSetId("db/changelog/master.xml", "1", "ann"));
        assertThat(migrations.get(0).content())
                .contains("<!-- liquibase changeSet: id=\"1\" author=\"ann\" file=\"db/changelog/master.xml\" -->")
                .contains("<column name=\"id\" type=\"bigint\" autoIncrement=\"true\">")
                .contains("defaultValueBoolean=\"true\"").contains("defaultValueNumeric=\"0\"")
                .contains("defaultValueComputed=\"current_timestamp\"")
                .contains("<addUniqueConstraint tableName=\"author\" constraintName=\"ux_author_name\" columnNames=\"name\"/>");
        assertThat(described(migrations.get(1))).containsExactly("Create table book",
                "Add foreign key fk_book_author on book (author_id) referencing author",
                "Create index idx_book_title on book (title)", "Rename column title of book to name");
        assertThat(migrations.get(1).content()).contains("onDelete=\"CASCADE\"").contains("<dependsOn>0001_1</dependsOn>");
    }

    @Test
    void sqlWithRollbackAndDbmsSplitStatementsAndNotes() throws Exception {
        file("db/changelog/master.xml", HEAD + """
                    <changeSet id="s1" author="ann" runOnChange="true" context="prod" labels="x">
                        <validCheckSum>ANY</validCheckSum>
                        <preConditions onFail="MARK_RAN"><tableExists tableName="t"/></preConditions>
                        <comment>Fill in</comment>
                        <sql dbms="postgresql, oracle">create table t (a int); insert into t values (1);
                        -- a comment; with a semicolon
                        insert into t values (';')</sql>
                        <rollback>drop table t;</rollback>
                    </changeSet>
                    <changeSet id="s2" author="ann" dbms="oracle">
                        <sql>select 1 from dual</sql>
                    </changeSet>
                    <changeSet id="s3" author="ann">
                        <sql dbms="mysql">select 1</sql>
                        <createTable tableName="u"><column name="id" type="int"/></createTable>
                    </changeSet>
                """ + TAIL);
        List<LiquibaseImport.ImportedMigration> migrations = convert("postgresql", null);

        assertThat(migrations).extracting(LiquibaseImport.ImportedMigration::id).containsExactly("0001_s1", "0002_s3");
        String sql = migrations.get(0).content();
        assertThat(sql).contains("<sql dbms=\"postgresql\">").contains("<statement>create table t (a int)</statement>")
                .contains("<statement>insert into t values (1)</statement>")
                .contains("insert into t values (';')</statement>")
                .contains("<rollback>").contains("<statement>drop table t</statement>")
                .contains("runOnChange=\"true\" in Liquibase").contains("Liquibase context: prod")
                .contains("Liquibase labels: x").contains("validCheckSum ANY is not needed")
                .contains("Its preconditions (line 4) are not converted").contains("Liquibase comment: Fill in");
        assertThat(migrations.get(1).content()).contains("An <sql> for mysql only (line 15): nothing on postgresql");
    }

    @Test
    void includeAndIncludeAllInLiquibaseOrderWithTheFilesLiquibaseRecords() throws Exception {
        file("db/changelog/master.xml", HEAD + """
                    <include file="db/changelog/first.xml"/>
                    <includeAll path="parts/" relativeToChangelogFile="true"/>
                """ + TAIL);
        file("db/changelog/first.xml", HEAD + "<changeSet id=\"a\" author=\"x\"><createTable tableName=\"a\">"
                + "<column name=\"id\" type=\"int\"/></createTable></changeSet>" + TAIL);
        file("db/changelog/parts/002-c.xml", HEAD + "<changeSet id=\"c\" author=\"x\"><dropTable tableName=\"b\"/>"
                + "</changeSet>" + TAIL);
        file("db/changelog/parts/001-b.xml", HEAD + "<changeSet id=\"b\" author=\"x\"><createTable tableName=\"b\">"
                + "<column name=\"id\" type=\"int\"/></createTable></changeSet>" + TAIL);

        assertThat(convert(null, null)).extracting(m -> m.origin().toString()).containsExactly(
                "db/changelog/first.xml::a::x", "db/changelog/parts/001-b.xml::b::x", "db/changelog/parts/002-c.xml::c::x");
    }

    @Test
    void contextsSelectChangeSetsAsLiquibaseDoes() throws Exception {
        file("db/changelog/master.xml", HEAD + """
                    <changeSet id="1" author="a"><createTable tableName="a"><column name="id" type="int"/></createTable></changeSet>
                    <changeSet id="2" author="a" context="faker"><sql>insert into a values (1)</sql></changeSet>
                    <changeSet id="3" author="a" context="!test and (prod or dev)"><sql>insert into a values (3)</sql></changeSet>
                """ + TAIL);

        assertThat(convert(null, null)).hasSize(3);
        assertThat(convert(null, "prod")).extracting(m -> m.origin().id()).containsExactly("1", "3");
        assertThat(convert(null, "test,prod")).extracting(m -> m.origin().id()).containsExactly("1");
    }

    @Test
    void insertsAndLoadDataAreKeptAsSql() throws Exception {
        file("db/changelog/master.xml", HEAD + """
                    <changeSet id="1" author="a">
                        <createTable tableName="person">
                            <column name="id" type="bigint"/><column name="name" type="varchar(50)"/>
                            <column name="vip" type="boolean"/>
                        </createTable>
                        <insert tableName="person"><column name="id" valueNumeric="1"/><column name="name" value="O'Brien"/></insert>
                        <loadData tableName="person" file="people.csv" relativeToChangelogFile="true" separator=";"/>
                    </changeSet>
                """ + TAIL);
        file("db/changelog/people.csv", "id;name;vip\n2;\"Smith; John\";true\n3;NULL;false\n");

        String content = convert("mariadb", null).get(0).content();
        assertThat(content).contains("<statement>insert into person (id, name) values (1, 'O''Brien')</statement>")
                .contains("<statement>insert into person (id, name, vip) values (2, 'Smith; John', 1)</statement>")
                .contains("<statement>insert into person (id, name, vip) values (3, null, 0)</statement>")
                .contains("loadData db/changelog/people.csv: 2 row(s) kept as SQL inserts");
    }

    @Test
    void whatCannotBeConvertedIsRefusedNamingEachChangeSetFileAndLineAndNothingIsWritten() throws Exception {
        file("db/changelog/master.xml", HEAD + """
                    <changeSet id="1" author="a">
                        <customChange class="com.example.Fix"/>
                    </changeSet>
                    <changeSet id="2" author="b">
                        <createTable tableName="t"><column name="id" type="${missing}"/></createTable>
                    </changeSet>
                """ + TAIL);

        assertThatThrownBy(() -> new LiquibaseImport(ChangelogResources.directory(root), "postgresql", Contexts.all())
                .write("db/changelog/master.xml", root.resolve("out")))
                .isInstanceOf(LiquibaseImportException.class)
                .hasMessageStartingWith("Cannot import db/changelog/master.xml (nothing was written); 2 change(s)")
                .hasMessageContaining("changeSet 1 by a (db/changelog/master.xml:2), db/changelog/master.xml:3:"
                        + " <customChange> has no migrate equivalent (a Java class of Liquibase's API): rewrite it as a"
                        + " <java> data migration")
                .hasMessageContaining("db/changelog/master.xml:6: ${missing} has no value");
        assertThat(root.resolve("out")).doesNotExist();
    }

    /** Found by NullAway: the folding of an addPrimaryKey into its createTable read columnNames without a check. */
    @Test
    void anAddPrimaryKeyWithoutColumnNamesAfterItsCreateTableIsRefusedNotANullPointerException() throws Exception {
        file("db/changelog/master.xml", HEAD + """
                    <changeSet id="1" author="a">
                        <createTable tableName="t"><column name="id" type="int"/></createTable>
                        <addPrimaryKey tableName="t"/>
                    </changeSet>
                """ + TAIL);

        assertThatThrownBy(() -> convert(null, null)).isInstanceOf(LiquibaseImportException.class)
                .hasMessageContaining("db/changelog/master.xml:4: <addPrimaryKey> needs columnNames");
    }

    @Test
    void yamlAndFormattedSqlChangelogsAreRefusedClearly() throws Exception {
        file("db/changelog/master.xml", HEAD + "<include file=\"db/changelog/x.yaml\"/>" + TAIL);
        file("db/changelog/x.yaml", "databaseChangeLog: []\n");
        assertThatThrownBy(() -> convert(null, null)).isInstanceOf(LiquibaseImportException.class)
                .hasMessageContaining("Cannot import db/changelog/x.yaml (included at classpath:db/changelog/master.xml:2)")
                .hasMessageContaining("YAML and JSON changelogs are not read; only XML changelogs are");

        file("db/changelog/master.xml", HEAD + "<include file=\"db/changelog/x.xml\"/>" + TAIL);
        file("db/changelog/x.xml", "--liquibase formatted sql\n--changeset a:1\ncreate table t (id int);\n");
        assertThatThrownBy(() -> convert(null, null)).isInstanceOf(LiquibaseImportException.class)
                .hasMessageContaining("formatted SQL changelogs (--liquibase formatted sql) and raw SQL files are not"
                        + " converted");
    }

    @Test
    void anExistingHistoryIsNotOverwritten() throws Exception {
        file("db/changelog/master.xml", HEAD + "<changeSet id=\"1\" author=\"a\"><createTable tableName=\"a\">"
                + "<column name=\"id\" type=\"int\"/></createTable></changeSet>" + TAIL);
        Path out = root.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("0001_initial.xml"), "<migration/>");
        assertThatThrownBy(() -> new LiquibaseImport(ChangelogResources.directory(root), null, Contexts.all())
                .write("db/changelog/master.xml", out)).isInstanceOf(LiquibaseImportException.class)
                .hasMessageContaining("already holds migrations (0001_initial.xml, ...)");
    }

    @Test
    void originsSurviveAnyIdInAComment() {
        ChangeSetId odd = new ChangeSetId("db/a--b.xml", "x-->\"y\"&z", "me <me@example.com>");
        assertThat(LiquibaseOrigins.read(("<migration>" + LiquibaseOrigins.comment(odd) + "</migration>")
                .getBytes(StandardCharsets.UTF_8))).containsExactly(odd);
        assertThat(LiquibaseOrigins.comment(odd)).doesNotContain("--\"").startsWith("<!-- liquibase changeSet:");
    }
}
