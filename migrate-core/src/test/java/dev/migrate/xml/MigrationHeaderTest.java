package dev.migrate.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
        assertThat(MigrationHeader.dependsOn(xml.getBytes(StandardCharsets.UTF_8), "f.xml"))
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
        MigrationHeader.Head head = MigrationHeader.head(xml.getBytes(StandardCharsets.UTF_8), "f.xml");
        assertThat(head.dependsOn()).containsExactly("0001_a");
        assertThat(head.replaces()).containsExactly("0002_b", "0003_c");
    }

    @Test
    void aFileWithoutDependenciesHasNone() {
        String xml = "<migration xmlns=\"" + NS + "\"><createTable tableName=\"t\"/></migration>";
        assertThat(MigrationHeader.dependsOn(xml.getBytes(StandardCharsets.UTF_8), "f.xml")).isEmpty();
        assertThat(HeadScan.dependsOn(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theScanLeavesTheUnexpectedToTheParser() {
        assertThat(HeadScan.dependsOn(("<migration xmlns=\"urn:other\"><dependsOn>0001_a</dependsOn></migration>")
                .getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(HeadScan.dependsOn(("<migration xmlns=\"" + NS + "\"><dependsOn>0001&amp;a</dependsOn>")
                .getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(HeadScan.dependsOn("<migration".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void aBrokenHeadNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> MigrationHeader.dependsOn(
                ("<migration xmlns=\"" + NS + "\">\n  <dependsOn>0001_a</depends>").getBytes(StandardCharsets.UTF_8),
                "0002_b.xml"))
                .isInstanceOf(MigrationFileException.class).hasMessageStartingWith("0002_b.xml line 2, column");
        assertThatThrownBy(() -> MigrationHeader.dependsOn(
                "<other xmlns=\"urn:x\"/>".getBytes(StandardCharsets.UTF_8), "0002_b.xml"))
                .hasMessageContaining("the root element must be <migration");
    }

    @Test
    void agreesWithTheFullReader() {
        String xml = new MigrationWriter().write(new MigrationDocument(List.of("0001_a"),
                List.of(new dev.migrate.operation.DropTable("x"))));
        assertThat(MigrationHeader.dependsOn(xml.getBytes(StandardCharsets.UTF_8), "f.xml"))
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
