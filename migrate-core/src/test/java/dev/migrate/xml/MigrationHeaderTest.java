package dev.migrate.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationHeaderTest {

    private static final String NS = MigrationDocument.NAMESPACE;

    @ParameterizedTest
    @ValueSource(strings = {
            // what the writer writes
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<migration xmlns=\"" + NS + "\">\n    <dependsOn>0001_a</dependsOn>\n"
                    + "    <dependsOn>0002_b</dependsOn>\n    <dropTable tableName=\"x\"/>\n</migration>\n",
            // comments, a prefix, spaces around the ids
            "<!-- a --><m:migration xmlns:m='" + NS + "'><!-- b --><m:dependsOn> 0001_a </m:dependsOn>"
                    + "<m:dependsOn>0002_b</m:dependsOn><m:dropTable tableName=\"x\"/></m:migration>",
            // something the scan leaves to the parser: CDATA
            "<migration xmlns=\"" + NS + "\"><dependsOn><![CDATA[0001_a]]></dependsOn><dependsOn>0002_b</dependsOn>"
                    + "<dropTable tableName=\"x\"/></migration>"})
    void readsTheDependencies(String xml) {
        assertThat(MigrationHeader.head(xml.getBytes(StandardCharsets.UTF_8), () -> "f.xml").dependsOn())
                .containsExactly("0001_a", "0002_b");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<migration xmlns=\"" + NS + "\"><dependsOn>0001_a</dependsOn><replaces>0002_b</replaces>"
                    + "<!-- c --><replaces> 0003_c </replaces><dropTable tableName=\"x\"/></migration>",
            // the parser's reading
            "<migration xmlns=\"" + NS + "\"><dependsOn>0001_a</dependsOn><replaces><![CDATA[0002_b]]></replaces>"
                    + "<replaces>0003_c</replaces><dropTable tableName=\"x\"/></migration>"})
    void readsWhatASquashedMigrationReplaces(String xml) {
        MigrationHeader.Head head = MigrationHeader.head(xml.getBytes(StandardCharsets.UTF_8), () -> "f.xml");
        assertThat(head.dependsOn()).containsExactly("0001_a");
        assertThat(head.replaces()).containsExactly("0002_b", "0003_c");
    }

    @Test
    void asksForTheFilesNameOnlyWhenTheParserReadsTheHead() {
        String written = new MigrationWriter().write(new MigrationDocument(List.of("0001_a"),
                List.of(new dev.migrate.operation.DropTable("x"))));
        AtomicInteger asked = new AtomicInteger();
        Supplier<String> name = () -> {
            asked.incrementAndGet();
            return "f.xml";
        };

        assertThat(MigrationHeader.head(written.getBytes(StandardCharsets.UTF_8), name).dependsOn())
                .containsExactly("0001_a");
        assertThat(asked).hasValue(0);

        String cdata = "<migration xmlns=\"" + NS + "\"><dependsOn><![CDATA[0001_a]]></dependsOn></migration>";
        MigrationHeader.head(cdata.getBytes(StandardCharsets.UTF_8), name);
        assertThat(asked).hasValue(1);
    }

    @Test
    void aWrittenFileIsReadInBytes() {
        MigrationDocument document = new MigrationDocument(List.of("0001_a", "0002_b"),
                List.of(new dev.migrate.operation.DropTable("x")));
        String written = new MigrationWriter().write(document);
        for (String text : List.of(written, written.replace("\n", "\r\n"))) {
            MigrationHeader.Head head = HeadScan.asWritten(text.getBytes(StandardCharsets.UTF_8));
            assertThat(head).isNotNull();
            assertThat(head.dependsOn()).containsExactly("0001_a", "0002_b");
        }
        assertThat(HeadScan.asWritten(new MigrationWriter().write(new MigrationDocument(List.of(), List.of()))
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(new MigrationHeader.Head(List.of(), List.of()));
    }

    /** Whatever the scan of written files answers, the scan of the text answers too, on heads of every shape. */
    @Test
    void theScanOfWrittenFilesAgreesWithTheScanOfTheText() {
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        String root = "<migration xmlns=\"" + NS + "\">";
        String[] starts = {declaration + "\n" + root, declaration + "\r\n" + root, declaration + root,
                declaration + " \n\t" + root, "\uFEFF" + declaration + "\n" + root, root, declaration + "\n<!-- c -->" + root,
                declaration + "\n<m:migration xmlns:m=\"" + NS + "\">", declaration + "\n<migration xmlns='" + NS + "'>",
                declaration + "\n<migration xmlns=\"" + NS + "\" x=\"1\">", declaration + "\n<migration xmlns=\"urn:other\">",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + root, declaration.replace("UTF-8", "utf-8") + root};
        String[] pieces = {" ", "\n", "\r\n", "\t", "<dependsOn>0001_a</dependsOn>", "<dependsOn>0002_b</dependsOn>",
                "<dependsOn> 0003_c </dependsOn>", "<dependsOn>x-y</dependsOn>", "<dependsOn></dependsOn>",
                "<dependsOn>0004_d</dependsOn >", "<dependsOn>0005_é</dependsOn>", "<dependsOn>0006_f", "<dependsOnX>",
                "<!-- c -->", "<!-- a -- b -->", "<!-- é <dependsOn>x</dependsOn> -->", "<!--", "-->",
                "<replaces>0001_a</replaces>", "<createTable tableName=\"t\"/>", "</migration>",
                "<?pi x?>", "<![CDATA[x]]>", "<", "é", "&amp;"};
        Random random = new Random(11);
        int answered = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder xml = new StringBuilder(starts[random.nextInt(starts.length)]);
            int count = random.nextInt(7);
            for (int j = 0; j < count; j++) {
                xml.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(4) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            MigrationHeader.Head written = HeadScan.asWritten(bytes);
            if (written != null) {
                answered++;
                assertThat(written).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(HeadScan.scanned(bytes));
            }
        }
        assertThat(answered).isGreaterThan(2_000);
    }

    @Test
    void aFileWithoutDependenciesHasNone() {
        String xml = "<migration xmlns=\"" + NS + "\"><createTable tableName=\"t\"/></migration>";
        assertThat(MigrationHeader.head(xml.getBytes(StandardCharsets.UTF_8), () -> "f.xml").dependsOn()).isEmpty();
        assertThat(HeadScan.head(xml.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new MigrationHeader.Head(List.of(), List.of()));
    }

    @Test
    void theScanLeavesTheUnexpectedToTheParser() {
        assertThat(HeadScan.head(("<migration xmlns=\"urn:other\"><dependsOn>0001_a</dependsOn></migration>")
                .getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(HeadScan.head(("<migration xmlns=\"" + NS + "\"><dependsOn>0001&amp;a</dependsOn>")
                .getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(HeadScan.head("<migration".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void aBrokenHeadNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> MigrationHeader.head(
                ("<migration xmlns=\"" + NS + "\">\n  <dependsOn>0001_a</depends>").getBytes(StandardCharsets.UTF_8),
                () -> "0002_b.xml").dependsOn())
                .isInstanceOf(MigrationFileException.class).hasMessageStartingWith("0002_b.xml line 2, column");
        assertThatThrownBy(() -> MigrationHeader.head(
                "<other xmlns=\"urn:x\"/>".getBytes(StandardCharsets.UTF_8), () -> "0002_b.xml").dependsOn())
                .hasMessageContaining("the root element must be <migration");
    }

    @Test
    void agreesWithTheFullReader() {
        String xml = new MigrationWriter().write(new MigrationDocument(List.of("0001_a"),
                List.of(new dev.migrate.operation.DropTable("x"))));
        assertThat(MigrationHeader.head(xml.getBytes(StandardCharsets.UTF_8), () -> "f.xml").dependsOn())
                .isEqualTo(Samples.read(xml, "f.xml").dependsOn());
    }

    /**
     * A head that ends anywhere around the first bytes the scan decodes (with a long prefix, a
     * multi-byte character or a comment cut there) is read whole, as the full reader reads it.
     */
    @Test
    void aHeadEndingAnywhereNearTheFirstKilobyteIsReadWhole() {
        for (String prefix : List.of("", "p", "a_rather_long_prefix_for_the_migration_namespace_of_this_file")) {
            String p = prefix.isEmpty() ? "" : prefix + ":";
            String xmlns = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
            for (int padding = 700; padding < 1100; padding++) {
                StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- ")
                        .append("é".repeat(padding / 2)).append(" -->\n<").append(p).append("migration ").append(xmlns)
                        .append("=\"").append(NS).append("\">\n");
                List<String> ids = List.of("0001_a", "0002_b", "0003_c", "0004_d", "0005_e", "0006_f");
                for (String id : ids) {
                    xml.append("  <").append(p).append("dependsOn>").append(id).append("</").append(p).append("dependsOn>\n");
                }
                xml.append("  <").append(p).append("dropTable tableName=\"x\"/>\n")
                        .append("  <!-- ").append("x".repeat(padding)).append(" -->\n</").append(p).append("migration>\n");
                byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
                MigrationHeader.Head scanned = HeadScan.head(bytes);
                assertThat(scanned).as("prefix '%s', padding %d", prefix, padding).isNotNull();
                assertThat(scanned.dependsOn()).as("prefix '%s', padding %d", prefix, padding).isEqualTo(ids);
                assertThat(scanned.dependsOn()).isEqualTo(Samples.read(xml.toString(), "f.xml").dependsOn());
            }
        }
    }
}
