package dev.migrate.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * {@link SchemaRules} against the XSD itself: every element of a file of every change, changed one
 * way at a time (each attribute left out, given an unknown name or a value of the wrong kind, each
 * element left out, repeated, moved first, given text or an unknown child). For each such file the
 * rules accept it exactly when the XSD does, so the rules can neither refuse a valid file (slower,
 * not wrong) nor, which matters, accept an invalid one.
 */
class SchemaRulesTest {

    private static final Schema XSD = xsd();

    private final MigrationWriter writer = new MigrationWriter();

    private static Schema xsd() {
        try {
            return SchemaFactory.newDefaultInstance().newSchema(MigrationReader.class.getResource(
                    MigrationDocument.SCHEMA_RESOURCE));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void acceptExactlyWhatTheXsdAccepts() throws Exception {
        String everything = writer.write(Samples.everything());
        int elements = parse(everything).getElementsByTagNameNS("*", "*").getLength();
        List<String> variants = new ArrayList<>();
        for (int e = 0; e < elements; e++) {
            int at = e;
            Element element = elementAt(parse(everything), at);
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = ((Attr) attributes.item(a)).getName();
                if (name.startsWith("xmlns")) {
                    continue;
                }
                variants.add(changed(everything, at, x -> x.removeAttribute(name)));
                for (String value : List.of("", " ", "maybe", "2", " true ", "0", "+7", "-9223372036854775809",
                        "CASCADE", " CASCADE", "x y")) {
                    variants.add(changed(everything, at, x -> x.setAttribute(name, value)));
                }
            }
            variants.add(changed(everything, at, x -> x.setAttribute("unknown", "1")));
            variants.add(changed(everything, at, x -> x.appendChild(x.getOwnerDocument().createTextNode("text"))));
            variants.add(changed(everything, at, x -> x.appendChild(x.getOwnerDocument().createTextNode(" \n "))));
            variants.add(changed(everything, at, x -> x.appendChild(
                    x.getOwnerDocument().createElementNS(MigrationDocument.NAMESPACE, "column"))));
            variants.add(changed(everything, at, x -> x.appendChild(
                    x.getOwnerDocument().createElementNS(MigrationDocument.NAMESPACE, "statement"))));
            if (at > 0) {
                variants.add(changed(everything, at, x -> x.getParentNode().removeChild(x)));
                variants.add(changed(everything, at, x -> x.getParentNode().insertBefore(x.cloneNode(true), x)));
                variants.add(changed(everything, at, x -> x.getParentNode().insertBefore(x,
                        x.getParentNode().getFirstChild())));
                variants.add(changed(everything, at, x -> x.setTextContent("")));
            }
        }
        int valid = 0;
        for (String variant : variants) {
            byte[] file = variant.getBytes(StandardCharsets.UTF_8);
            boolean xsd;
            try {
                // the XSD alone: what the model refuses (a bad name or type) is not the rules' matter
                XSD.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
                xsd = true;
            } catch (SAXException e) {
                xsd = false;
            }
            boolean rules = LeanFileReader.read(file, "0002_x.xml", new Locations("0002_x.xml"), false) != null;
            assertThat(rules).as("rules %s, XSD %s:%n%s", rules, xsd, variant).isEqualTo(xsd);
            valid += xsd ? 1 : 0;
        }
        assertThat(variants).hasSizeGreaterThan(1000);
        assertThat(valid).isBetween(variants.size() / 20, variants.size() - variants.size() / 20);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element elementAt(Document document, int index) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        return (Element) all.item(index);
    }

    private static String changed(String xml, int index, Consumer<Element> change) {
        try {
            Document document = parse(xml);
            change.accept(elementAt(document, index));
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
