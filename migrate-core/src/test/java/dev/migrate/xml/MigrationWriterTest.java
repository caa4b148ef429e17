package dev.migrate.xml;

import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.DropCheckConstraint;
import dev.migrate.schema.CheckConstraint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddDefaultValue;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationWriterTest {

    private final MigrationWriter writer = new MigrationWriter();

    private static final MigrationDocument SMALL = new MigrationDocument(List.of("0001_initial"), List.of(
            new AddColumn("book", new Column("published_date", ColumnType.of(DataType.DATE), false,
                    DefaultValue.computed("current_date"), false)),
            new AddColumn("book", Column.of("subtitle", ColumnType.of(DataType.VARCHAR, 200), true)),
            new DropColumn("book", "isbn"),
            new DropTable("old_book")));

    @Test
    void writesTheGoldenFile() {
        assertThat(writer.write(SMALL)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <migration xmlns="https://migrate.dev/xml/migration/1.0">
                    <dependsOn>0001_initial</dependsOn>
                    <addColumn tableName="book">
                        <column name="published_date" type="date" defaultValueComputed="current_date">
                            <constraints nullable="false"/>
                        </column>
                        <column name="subtitle" type="varchar(200)"/>
                    </addColumn>
                    <!-- Data loss: drops column isbn of book -->
                    <dropColumn tableName="book" columnName="isbn"/>
                    <!-- Data loss: drops table old_book -->
                    <dropTable tableName="old_book"/>
                </migration>
                """);
    }

    @Test
    void writesCheckConstraintsInLiquibasesWordsWithTheConditionAsText() {
        MigrationDocument document = new MigrationDocument(List.of(), List.of(
                new AddCheckConstraint("book", new CheckConstraint("ck_book_price", "price >= 0")),
                new AddCheckConstraint("book", new CheckConstraint("ck_book_pages", "pages > 0 and pages < 5000")),
                new DropCheckConstraint("book", "ck_book_old")));

        assertThat(writer.write(document)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <migration xmlns="https://migrate.dev/xml/migration/1.0">
                    <addCheckConstraint tableName="book" constraintName="ck_book_price">price >= 0</addCheckConstraint>
                    <addCheckConstraint tableName="book" constraintName="ck_book_pages"><![CDATA[pages > 0 and pages < 5000]]></addCheckConstraint>
                    <dropCheckConstraint tableName="book" constraintName="ck_book_old"/>
                </migration>
                """);
    }

    @Test
    void writesTheSameBytesEveryTime() {
        MigrationDocument document = Samples.everything();

        assertThat(writer.write(document)).isEqualTo(writer.write(document))
                .isEqualTo(writer.write(Samples.everything()));
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() {
        String first = writer.write(Samples.everything());

        assertThat(writer.write(Samples.read(first, "0003_all.xml"))).isEqualTo(first);
    }

    @Test
    void usesFourSpacesNoTabsAndNoNamespacePrefixes() {
        String xml = writer.write(Samples.everything());

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<migration xmlns=\"" + Samples.NS
                + "\">\n    <dependsOn>");
        assertThat(xml).doesNotContain("\r").doesNotContain("ns2:").doesNotContain("xmlns:");
        assertThat(xml.lines().filter(line -> !line.isEmpty() && !line.startsWith("   set"))
                .map(line -> line.length() - line.stripLeading().length()))
                .allMatch(indent -> indent % 4 == 0);
    }

    @Test
    void writesToAWriterAndToAFileInUtf8(@TempDir Path dir) throws IOException {
        MigrationDocument document = new MigrationDocument(List.of(), List.of(
                new AddDefaultValue("book", "title", DefaultValue.string("Ærø – 書"))));
        StringWriter out = new StringWriter();
        Path file = dir.resolve("0002_x.xml");

        writer.write(document, out);
        writer.write(document, file);

        assertThat(out.toString()).isEqualTo(writer.write(document));
        assertThat(Files.readAllBytes(file)).isEqualTo(writer.write(document).getBytes(StandardCharsets.UTF_8));
        assertThat(Samples.READER.read(file)).isEqualTo(document);
    }

    @Test
    void keepsSqlReadable() {
        MigrationDocument document = new MigrationDocument(List.of(), List.of(new SqlOperation(
                List.of("update book set price = 0 where price < 0 and a > b", "select 1 where x > 0"),
                List.of("select ']]>' && '<'"))));

        String xml = writer.write(document);

        assertThat(xml).contains("<statement><![CDATA[update book set price = 0 where price < 0 and a > b]]></statement>")
                .contains("<statement>select 1 where x > 0</statement>")
                .contains("<statement>select ']]&gt;' &amp;&amp; '&lt;'</statement>");
        assertThat(Samples.read(xml, "0002_sql.xml")).isEqualTo(document);
    }

    @Test
    void keepsLineBreaksTabsAndCarriageReturnsExactly() {
        MigrationDocument document = new MigrationDocument(List.of(), List.of(
                new AddDefaultValue("book", "title", DefaultValue.string(" two\r\nlines\tand  spaces ")),
                new SqlOperation(List.of("select 'a\r\nb' < 1"), null)));

        assertThat(Samples.read(writer.write(document), "0002_x.xml")).isEqualTo(document);
    }

    @Test
    void refusesCharactersXmlCannotHold() {
        MigrationDocument document = new MigrationDocument(List.of(), List.of(
                new AddDefaultValue("book", "title", DefaultValue.string("bell \u0007"))));

        assertThatThrownBy(() -> writer.write(document)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0007");
    }

    /** Hibernate does this for an embedded id with {@code @MapsId}: columns (day, animal_id), key (animal_id, day). */
    @Test
    void spellsOutAPrimaryKeyOutOfColumnOrderAndReadsItBack() {
        CreateTable table = new CreateTable("t", List.of(Column.of("a", ColumnType.of(DataType.BIGINT), false),
                Column.of("b", ColumnType.of(DataType.BIGINT), false)), List.of("b", "a"));
        MigrationDocument document = new MigrationDocument(List.of(), List.of(table));

        String written = writer.write(document);

        assertThat(written).contains("<createTable tableName=\"t\" primaryKeyColumnNames=\"b, a\">");
        assertThat(Samples.read(written, "0001_t.xml")).isEqualTo(document);
    }

    @Test
    void aPrimaryKeyInColumnOrderNeedsNoColumnNames() {
        CreateTable table = new CreateTable("t", List.of(Column.of("a", ColumnType.of(DataType.BIGINT), false),
                Column.of("b", ColumnType.of(DataType.BIGINT), false)), List.of("a", "b"));

        assertThat(writer.write(new MigrationDocument(List.of(), List.of(table))))
                .contains("<createTable tableName=\"t\">").doesNotContain("primaryKeyColumnNames");
    }

    @Test
    void aNullablePrimaryKeyColumnCannotEvenBeMade() {
        assertThatThrownBy(() -> new CreateTable("t", List.of(Column.of("id", ColumnType.of(DataType.BIGINT), true)),
                List.of("id"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be not null");
    }

    @Test
    void writesAnEmptyMigration() {
        assertThat(writer.write(new MigrationDocument(List.of(), List.of()))).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <migration xmlns="https://migrate.dev/xml/migration/1.0">
                </migration>
                """);
    }
}
