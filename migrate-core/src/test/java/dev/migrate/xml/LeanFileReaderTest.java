package dev.migrate.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operation.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lean reader must give exactly what the validating reader gives, or decline. Checked on
 * everything the writer writes, on what people write by hand, and on thousands of damaged files:
 * checking the XSD's rules, it never accepts a file the XSD refuses; either way, whenever the
 * validating reader accepts a file, the lean reader reads the same operations or declines.
 */
class LeanFileReaderTest {

    private static final int DAMAGED_FILES = Integer.getInteger("vouched.damaged", 3_000);

    private final MigrationWriter writer = new MigrationWriter();

    @Test
    void readsWhatTheWriterWritesAsTheValidatingReaderDoes() {
        List<MigrationDocument> documents = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> sample : Samples.everyKind().entrySet()) {
            documents.add(new MigrationDocument(List.of("0001_initial"), sample.getValue()));
        }
        documents.add(Samples.everything());
        documents.add(new MigrationDocument(List.of("0001_a", "0002_b"), List.of("0001_x", "0002_y"), List.of()));

        for (MigrationDocument document : documents) {
            byte[] file = writer.write(document).getBytes(StandardCharsets.UTF_8);
            assertThat(leanRead(file)).as(writer.write(document)).isEqualTo(document);
        }
    }

    @Test
    void readsWhatPeopleWriteByHand() {
        String handWritten = """
                \uFEFF<?xml version='1.0' encoding='utf-8' standalone="yes"?>
                <!-- written by hand -->
                <m:migration xmlns:m="%s"
                             xmlns:other="urn:unused">
                  <m:dependsOn>
                      0001_initial
                  </m:dependsOn>
                  <m:createTable tableName="Author">
                    <m:column name="ID" type="BIGINT" autoIncrement="1">
                      <m:constraints primaryKey='true'/>
                    </m:column>
                    <m:column name="full&#x20;name" type="VARCHAR( 100 )" defaultValue="a &amp; b&#9;c	d"><!-- tab -->
                      <m:constraints nullable="true" />
                    </m:column>
                  </m:createTable >
                  <m:addUniqueConstraint tableName="author" constraintName="uk_name" columnNames=" full name , id "/>
                  <m:addCheckConstraint tableName="author" constraintName="ck" >id &gt; 0 and id &lt;&gt; 7</m:addCheckConstraint>
                  <m:sql dbms="postgresql, h2">
                    <m:statement><![CDATA[
                        insert into author (name) values ('a; b <c>')  ;
                    ]]></m:statement>
                    <m:statement>update author set "full name" = 'x' -- &quot;quoted&quot; &apos;</m:statement>
                    <m:rollback><m:statement>delete from author</m:statement></m:rollback>
                  </m:sql>
                  <m:java class=" com.example.Fill " version="2"/>
                </m:migration>
                <!-- the end -->
                """.formatted(Samples.NS);

        for (String lineEnd : List.of("\n", "\r\n", "\r")) {
            byte[] file = handWritten.replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8);
            assertThat(leanRead(file)).isEqualTo(validatingRead(file));
        }
    }

    @Test
    void readsTheExampleAppsMigrations() throws IOException {
        Path migrations = Path.of("../example-app/src/main/resources/db/migrations");
        List<Path> files;
        try (Stream<Path> listed = Files.list(migrations)) {
            files = listed.sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            assertThat(leanRead(content)).as(file.toString()).isEqualTo(validatingRead(content));
        }
    }

    @Test
    void declinesWhatItDoesNotExpect() {
        String body = "<dropTable tableName=\"book\"/>";
        List<String> declined = List.of(
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><migration xmlns=\"" + Samples.NS + "\">" + body + "</migration>",
                "<!DOCTYPE migration><migration xmlns=\"" + Samples.NS + "\">" + body + "</migration>",
                "<migration xmlns=\"" + Samples.NS + "\"><?pi x?>" + body + "</migration>",
                "<migration xmlns=\"" + Samples.NS + "\"><dropTable tableName=\"&book;\"/></migration>",
                "<migration xmlns=\"urn:other\">" + body + "</migration>",
                "<migration xmlns=\"" + Samples.NS + "\"><dropTable xmlns:x=\"urn:x\" x:tableName=\"book\"/></migration>",
                "<migration xmlns=\"" + Samples.NS + "\">" + body,
                "<migration xmlns=\"" + Samples.NS + "\">" + body + "</migration><migration/>",
                "<migration xmlns=\"" + Samples.NS + "\"><dropTable tableName=\"book\" tableName=\"x\"/></migration>");
        for (String file : declined) {
            for (boolean vouched : List.of(true, false)) {
                assertThat(LeanFileReader.read(file.getBytes(StandardCharsets.UTF_8), "0002_x.xml",
                        new Locations("0002_x.xml"), vouched)).as(file).isNull();
            }
        }
    }

    /**
     * Files XML refuses that the scanner's own checks once let through: a character XML does not allow
     * in a comment (a space damaged into NUL), a character reference with a sign or digits other than
     * ASCII's, a reference in the declaration, and namespace declarations Namespaces in XML refuses.
     * Checking the XSD's rules or vouched for, the lean reader must decline each, and the validating
     * reader refuses each.
     */
    @Test
    void declinesWhatXmlRefusesEvenWhereItsOwnChecksPassed() {
        String body = "<dropTable tableName=\"book\"/>";
        String root = "<migration xmlns=\"" + Samples.NS + "\">";
        List<String> malformed = List.of(
                root + "<!-- a\u0000b -->" + body + "</migration>",
                "<!-- a\u0001b -->" + root + body + "</migration>",
                root + body + "</migration><!-- \uFFFE -->",
                root + "<dropTable tableName=\"&#x+62;ook\"/></migration>",
                root + "<dropTable tableName=\"&#\u0669\u0668;ook\"/></migration>",
                root + "<dropTable tableName=\"&#x\uFF16\uFF12;ook\"/></migration>",
                "<?xml version=\"1&#46;0\"?>" + root + body + "</migration>",
                "<migration xmlns:=\"" + Samples.NS + "\">" + body + "</migration>",
                root.replace(">", " xmlns:p=\"\">") + body + "</migration>");
        for (String file : malformed) {
            byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
            assertThat(outcome(() -> validatingRead(bytes))).as(file).isInstanceOf(String.class);
            for (boolean vouched : List.of(true, false)) {
                assertThat(LeanFileReader.read(bytes, "0002_x.xml", new Locations("0002_x.xml"), vouched))
                        .as("vouched %s: %s", vouched, file).isNull();
            }
        }
    }

    /**
     * Damaged copies of a file with every kind of change: a character taken out, put in or changed,
     * a piece repeated. Whatever the validating reader accepts, the vouched reader reads alike or declines.
     */
    @Test
    void neverDisagreesWithTheValidatingReaderOnDamagedFiles() {
        String original = writer.write(Samples.everything());
        String alphabet = "<>/=\"'&;#x \n\tab_:-!?[]";
        Random random = new Random(20261127L);
        int accepted = 0;
        int compared = 0;
        for (int i = 0; i < DAMAGED_FILES; i++) {
            StringBuilder damaged = new StringBuilder(original);
            for (int change = 0, changes = 1 + random.nextInt(3); change < changes; change++) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(5)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 2 -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 3 -> {
                        // where the result is often still valid: inside a value, or between elements
                        int quote = damaged.indexOf("\"", at);
                        int tag = damaged.indexOf(">", at);
                        int where = random.nextBoolean() && quote > 0 ? quote + 1 : tag > 0 ? tag + 1 : at;
                        damaged.insert(where, " \n\tab&amp;&#x41;<!-- c -->".substring(random.nextInt(5), 5 + random.nextInt(22)));
                    }
                    default -> {
                        int end = Math.min(damaged.length(), at + 1 + random.nextInt(40));
                        damaged.insert(at, damaged.substring(at, end));
                    }
                }
            }
            byte[] file = damaged.toString().getBytes(StandardCharsets.UTF_8);
            Object validated = outcome(() -> validatingRead(file));
            Locations checkedAt = new Locations("0002_x.xml");
            Bindings.MigrationXml checked = LeanFileReader.read(file, "0002_x.xml", checkedAt, false);
            if (checked != null) {
                // accepted by the rules: the same document, or the same error from the model (a bad name or type)
                assertThat(outcome(() -> checked.toDocument(checkedAt))).as("damaged file %d:%n%s", i, damaged)
                        .isEqualTo(validated);
            }
            if (validated instanceof MigrationDocument) {
                accepted++;
                compared += checked != null ? 1 : 0;
                Locations vouchedAt = new Locations("0002_x.xml");
                Bindings.MigrationXml vouched = LeanFileReader.read(file, "0002_x.xml", vouchedAt, true);
                if (vouched != null) {
                    assertThat(vouched.toDocument(vouchedAt)).as("damaged file %d:%n%s", i, damaged)
                            .isEqualTo(validated);
                }
            }
        }
        // the check means something only if many damaged files were still valid, and read by both
        assertThat(accepted).isGreaterThan(DAMAGED_FILES / 20);
        assertThat(compared).as("of %d valid damaged files", accepted).isGreaterThan(accepted / 2);
    }

    /** Read by the lean reader both ways (checking the XSD's rules, and vouched for), which must not decline. */
    private static MigrationDocument leanRead(byte[] file) {
        MigrationDocument checked = leanRead(file, false);
        assertThat(leanRead(file, true)).isEqualTo(checked);
        return checked;
    }

    private static MigrationDocument leanRead(byte[] file, boolean vouched) {
        Locations locations = new Locations("0002_x.xml");
        Bindings.MigrationXml root = LeanFileReader.read(file, "0002_x.xml", locations, vouched);
        assertThat(root).as("the lean reader declined (vouched: %s):%n%s", vouched,
                new String(file, StandardCharsets.UTF_8)).isNotNull();
        return root.toDocument(locations);
    }

    /** The document read, or the message of the error. */
    private static Object outcome(java.util.function.Supplier<MigrationDocument> read) {
        try {
            return read.get();
        } catch (MigrationFileException e) {
            return e.getMessage();
        }
    }

    /** The parser and the XSD validator alone: {@link MigrationReader#read} would try the lean reader first. */
    private static MigrationDocument validatingRead(byte[] file) {
        return Samples.READER.validated(file, "0002_x.xml");
    }
}
