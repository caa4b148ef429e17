package dev.migrate.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operation.Operation;
import dev.migrate.operation.SqlOperation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationRoundTripTest {

    private final MigrationWriter writer = new MigrationWriter();

    static Stream<Arguments> cases() {
        return Samples.everyKind().entrySet().stream()
                .map(e -> Arguments.of(Named.of(e.getKey(), e.getValue())));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsBackWhatItWrites(List<Operation> operations) {
        MigrationDocument document = new MigrationDocument(List.of("0001_initial"), operations);

        String xml = writer.write(document);

        assertThat(Samples.read(xml, "0002_case.xml")).isEqualTo(document);
    }

    @Test
    void samplesCoverEveryOperationKind() {
        Set<Class<?>> written = Samples.everything().operations().stream().map(Object::getClass)
                .collect(Collectors.toSet());

        assertThat(written).containsExactlyInAnyOrder(Operation.class.getPermittedSubclasses());
    }

    @Test
    void readsBackAWholeFileOfEverything() {
        MigrationDocument document = Samples.everything();

        assertThat(Samples.read(writer.write(document), "0003_all.xml")).isEqualTo(document);
    }

    /** Names with markup, quote and white-space characters inside, $ and Chinese, in attributes and lists. */
    @Test
    void readsBackNamesBeyondLettersDigitsAndUnderscores() {
        List<String> names = List.of("outer$inner", "入职日期", "a\"b", "a<b>&c", "it's", "a\tb", "a\r\nb", "x; --/*");
        List<dev.migrate.schema.Column> columns = names.stream().map(n -> dev.migrate.schema.Column.of(n,
                dev.migrate.schema.ColumnType.of(dev.migrate.schema.DataType.INTEGER), false)).toList();
        MigrationDocument document = new MigrationDocument(List.of(), List.of(
                new dev.migrate.operation.CreateTable("outer$inner", columns, names),
                new dev.migrate.operation.AddUniqueConstraint("outer$inner",
                        new dev.migrate.schema.UniqueConstraint("uk_入职", names.subList(1, 5)))));

        MigrationDocument read = Samples.read(writer.write(document), "0001_names.xml");

        assertThat(read).isEqualTo(document);
        assertThat(((dev.migrate.operation.CreateTable) read.operations().get(0)).columns())
                .extracting(dev.migrate.schema.Column::name).containsExactlyElementsOf(names);
    }

    @Test
    void readsBackASquashedMigrationWithWhatItReplaces() {
        MigrationDocument document = new MigrationDocument(List.of("0001_a"), List.of("0002_b", "0003_c"),
                Samples.everything().operations());
        String xml = writer.write(document);

        assertThat(xml).contains("<dependsOn>0001_a</dependsOn>\n    <replaces>0002_b</replaces>\n"
                + "    <replaces>0003_c</replaces>");
        assertThat(Samples.read(xml, "0002_squashed_0003_c.xml")).isEqualTo(document);
        assertThat(MigrationChecksum.checksum(document))
                .isNotEqualTo(MigrationChecksum.checksum(new MigrationDocument(List.of("0001_a"), document.operations())));
    }

    @Test
    void readsBackAnEmptyMigration() {
        MigrationDocument document = new MigrationDocument(List.of("0001_a", "0001_b"), List.of());

        assertThat(Samples.read(writer.write(document), "0002_merge.xml")).isEqualTo(document);
    }

    @Test
    void readsWhatALiquibaseUserWouldWrite() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by hand -->
                <m:migration xmlns:m="%s">
                  <m:dependsOn>
                      0001_initial
                  </m:dependsOn>
                  <m:createTable tableName="Author">
                    <m:column name="ID" type="BIGINT" autoIncrement="1">
                      <m:constraints primaryKey="true"/>
                    </m:column>
                    <m:column name="name" type="VARCHAR( 100 )">
                      <m:constraints nullable="true"/>
                    </m:column>
                  </m:createTable>
                  <m:addUniqueConstraint tableName="author" constraintName="uk_name" columnNames=" name , id "/>
                  <m:sql>
                    <m:statement><![CDATA[
                        insert into author (name) values ('a; b')  ;
                    ]]></m:statement>
                  </m:sql>
                </m:migration>
                """.formatted(Samples.NS);

        MigrationDocument document = Samples.read(xml, "0002_author.xml");

        assertThat(document.dependsOn()).containsExactly("0001_initial");
        assertThat(writer.write(document)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <migration xmlns="%s">
                    <dependsOn>0001_initial</dependsOn>
                    <createTable tableName="author">
                        <column name="id" type="bigint" autoIncrement="true">
                            <constraints nullable="false" primaryKey="true"/>
                        </column>
                        <column name="name" type="varchar(100)"/>
                    </createTable>
                    <addUniqueConstraint tableName="author" constraintName="uk_name" columnNames="name, id"/>
                    <sql>
                        <statement>insert into author (name) values ('a; b')</statement>
                    </sql>
                </migration>
                """.formatted(Samples.NS));
        assertThat(((SqlOperation) document.operations().get(2)).statements())
                .containsExactly("insert into author (name) values ('a; b')");
    }

    @Test
    void oneReaderServesManyThreads() {
        MigrationDocument document = Samples.everything();
        String xml = writer.write(document);

        List<MigrationDocument> read = Stream.generate(() -> xml).limit(64).parallel()
                .map(text -> Samples.read(text, "0003_all.xml")).toList();

        assertThat(read).allMatch(document::equals);
    }

    @Test
    void readsDbmsAsLiquibaseWritesItAndWritesItNormalized() {
        String xml = """
                <migration xmlns="%s">
                    <sql dbms=" PostgreSQL , mysql,postgresql">
                        <statement>update book set title = upper(title);</statement>
                    </sql>
                    <java class="com.example.migrations.FillIsbn" version="2"/>
                </migration>
                """.formatted(Samples.NS);

        MigrationDocument document = Samples.read(xml, "0004_data.xml");

        assertThat(document.operations()).containsExactly(
                new SqlOperation(List.of("update book set title = upper(title)"), List.of(), List.of("mariadb", "postgresql")),
                new dev.migrate.operation.JavaOperation("com.example.migrations.FillIsbn", "2"));
        assertThat(document.operations()).extracting(dev.migrate.operation.Operation::describe).containsExactly(
                "Run SQL on mariadb, postgresql only: update book set title = upper(title)",
                "Run Java: com.example.migrations.FillIsbn (version 2)");
        String written = writer.write(document);
        assertThat(written).contains("<sql dbms=\"mariadb,postgresql\">")
                .contains("<java class=\"com.example.migrations.FillIsbn\" version=\"2\"/>");
        assertThat(Samples.read(written, "0004_data.xml")).isEqualTo(document);
    }
}
