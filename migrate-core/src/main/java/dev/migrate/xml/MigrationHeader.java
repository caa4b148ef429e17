package dev.migrate.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads only the head of a migration file, its {@code dependsOn} elements, stopping at the first
 * change. Ordering the migrations needs no more, so a start with nothing to apply never builds the
 * JAXB context or parses whole files. The head of a normal file is read by a plain scan of the
 * bytes (creating a streaming parser per file costs more than the rest of the start); anything
 * the scan does not expect goes to a real streaming parser, which also reports errors.
 */
public final class MigrationHeader {

    private MigrationHeader() {
    }

    /**
     * The head of a migration file.
     *
     * @param dependsOn the ids it depends on, in file order
     * @param replaces the ids a squashed migration replaces, in file order; empty for any other
     */
    public record Head(List<String> dependsOn, List<String> replaces) {
        public Head {
            dependsOn = List.copyOf(dependsOn);
            replaces = List.copyOf(replaces);
        }
    }

    /**
     * Its {@code dependsOn} and {@code replaces}, read without parsing the changes: by a plain scan of
     * the bytes, or, for anything the scan does not expect, by the streaming parser, which names the
     * file and the place of what is wrong.
     *
     * @param sourceName the file's name for messages, asked for only when the parser reads the head: a
     *        caller that reads every file at every start makes no name for a file it need not name
     */
    public static Head head(byte[] content, Supplier<String> sourceName) {
        Head scanned = HeadScan.head(content);
        return scanned != null ? scanned : parsed(content, sourceName.get());
    }

    /** The head read by the streaming parser, which names the file and the place of what is wrong. */
    private static Head parsed(byte[] content, String sourceName) {
        XMLStreamReader reader = null;
        try {
            synchronized (Factory.INSTANCE) {
                reader = Factory.INSTANCE.createXMLStreamReader(new ByteArrayInputStream(content));
            }
            reader.nextTag();
            if (!reader.getLocalName().equals("migration") || !MigrationDocument.NAMESPACE.equals(reader.getNamespaceURI())) {
                throw error(sourceName, reader.getLocation(), "the root element must be <migration xmlns=\""
                        + MigrationDocument.NAMESPACE + "\">");
            }
            List<String> dependsOn = new ArrayList<>();
            List<String> replaces = new ArrayList<>();
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT
                    && (reader.getLocalName().equals("dependsOn") && replaces.isEmpty()
                            || reader.getLocalName().equals("replaces"))) {
                (reader.getLocalName().equals("dependsOn") ? dependsOn : replaces).add(reader.getElementText().strip());
            }
            return new Head(dependsOn, replaces);
        } catch (XMLStreamException e) {
            throw error(sourceName, e.getLocation(),
                    XsdMessages.plain(String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*Message: ", "")));
        } finally {
            close(reader);
        }
    }

    private static MigrationFileException error(String sourceName, @Nullable Location location, String problem) {
        return new MigrationFileException(sourceName, location == null ? -1 : location.getLineNumber(),
                location == null ? -1 : location.getColumnNumber(), problem, null);
    }

    private static void close(@Nullable XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; there is nothing to lose
            }
        }
    }

    /** Made when a head first needs the parser: a usual start never does, and making one loads a parser. */
    private static final class Factory {
        static final XMLInputFactory INSTANCE = factory();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
