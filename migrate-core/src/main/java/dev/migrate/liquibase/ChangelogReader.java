package dev.migrate.liquibase;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a Liquibase XML changelog and the changelogs it includes ({@code include}, {@code includeAll})
 * into its changeSets, in the order Liquibase runs them, with each element's line number. Properties
 * ({@code <property>}) are collected as Liquibase collects them: the first definition wins, a
 * definition for other databases ({@code dbms}) or other contexts is left out. Formatted SQL, YAML and
 * JSON changelogs are refused. No Liquibase code is used.
 */
public final class ChangelogReader {

    private static final String LINE = "migrate.line";

    private final ChangelogResources resources;
    private final @Nullable String dbms;
    private final Contexts contexts;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<ChangeSet> changeSets = new ArrayList<>();
    private final Set<String> reading = new HashSet<>();

    /**
     * @param dbms the Liquibase name of the database the changelog is read for ({@code postgresql},
     *        {@code mariadb}, {@code mysql}, {@code h2}), or null for any
     */
    public ChangelogReader(ChangelogResources resources, @Nullable String dbms, Contexts contexts) {
        this.resources = resources;
        this.dbms = dbms;
        this.contexts = contexts;
    }

    /** The changeSets of the master changelog and of every changelog it includes, in order. */
    public List<ChangeSet> read(String masterPath) {
        readChangelog(masterPath, ChangeSetId.normalizedFile(masterPath), null);
        return List.copyOf(changeSets);
    }

    /** The line an element starts on, or 0 when unknown. */
    public static int line(Node node) {
        Object line = node.getUserData(LINE);
        return line instanceof Integer number ? number : 0;
    }

    private void readChangelog(String path, String recordedFile, @Nullable String includedFrom) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            throw new LiquibaseImportException("Cannot import " + path + (includedFrom == null ? "" : " (included at "
                    + includedFrom + ")") + ": YAML and JSON changelogs are not read; only XML changelogs are."
                    + " Convert it to XML with Liquibase 4 (liquibase --changelog-file=... generate-changelog"
                    + " does not, but its XML serializer does: liquibase --output-file=x.xml ...), or rewrite it by hand.");
        }
        if (!reading.add(ChangeSetId.normalizedFile(path))) {
            throw new LiquibaseImportException("The changelog " + path + " includes itself (through " + includedFrom + ")");
        }
        byte[] content;
        try (InputStream in = resources.open(path)) {
            if (in == null) {
                throw new LiquibaseImportException("There is no changelog " + path
                        + (includedFrom == null ? "" : " (included at " + includedFrom + ")"));
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new LiquibaseImportException("Cannot read the changelog " + path + ": " + e.getMessage(), e);
        }
        String head = new String(content, 0, Math.min(content.length, 200), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("--liquibase formatted sql") || head.startsWith("-- liquibase formatted sql")
                || lower.endsWith(".sql")) {
            throw new LiquibaseImportException("Cannot import " + path + (includedFrom == null ? "" : " (included at "
                    + includedFrom + ")") + ": formatted SQL changelogs (--liquibase formatted sql) and raw SQL"
                    + " files are not converted; only XML changelogs are. Move its changeSets into an XML changelog"
                    + " (each as <changeSet><sql>...</sql></changeSet> with the same id and author, and"
                    + " logicalFilePath=\"" + recordedFile + "\" so that databasechangelog still names them), then import again.");
        }
        Element root = parse(content, path).getDocumentElement();
        if (!"databaseChangeLog".equals(name(root))) {
            throw new LiquibaseImportException(path + ":" + line(root) + ": the root element is <" + name(root)
                    + ">, not <databaseChangeLog>: not a Liquibase changelog");
        }
        String logical = root.getAttribute("logicalFilePath");
        String fileForRows = logical.isEmpty() ? recordedFile : logical;
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            String where = path + ":" + line(element);
            switch (name(element)) {
                case "property" -> property(element, where);
                case "include" -> include(path, element, where);
                case "includeAll" -> includeAll(path, element, where);
                case "changeSet" -> changeSet(path, fileForRows, element);
                case "preConditions", "comment", "removeChangeSetProperty" -> {
                    // changelog preconditions (usually a check of the database kind) are not converted;
                    // the import notes them in the first migration of the file (see LiquibaseImport)
                }
                default -> throw new LiquibaseImportException(where + ": <" + name(element)
                        + "> in a databaseChangeLog is not something the import knows");
            }
        }
        reading.remove(ChangeSetId.normalizedFile(path));
    }

    private void property(Element element, String where) {
        if (element.hasAttribute("file")) {
            throw new LiquibaseImportException(where + ": <property file=...> (properties from a file) is not read;"
                    + " write the properties into the changelog with name and value");
        }
        if (!appliesTo(element.getAttribute("dbms")) || !contexts.matches(contextOf(element))) {
            return;
        }
        properties.putIfAbsent(element.getAttribute("name"), element.getAttribute("value"));
    }

    private static String contextOf(Element element) {
        return element.hasAttribute("contextFilter") ? element.getAttribute("contextFilter")
                : element.getAttribute("context");
    }

    private void include(String path, Element element, String where) {
        String file = substitute(element.getAttribute("file"), where);
        if (file.isEmpty()) {
            throw new LiquibaseImportException(where + ": <include> without file");
        }
        if (!contexts.matches(contextOf(element))) {
            return;
        }
        boolean relative = Boolean.parseBoolean(element.getAttribute("relativeToChangelogFile"));
        String resolved = relative ? sibling(path, file) : file;
        readChangelog(resolved, ChangeSetId.normalizedFile(resolved), where);
    }

    private void includeAll(String path, Element element, String where) {
        String directory = substitute(element.getAttribute("path"), where);
        if (element.hasAttribute("filter") || element.hasAttribute("resourceFilter")
                || element.hasAttribute("resourceComparator")) {
            throw new LiquibaseImportException(where + ": <includeAll> with a filter or comparator class is not"
                    + " converted; list the files with <include> instead");
        }
        if (!contexts.matches(contextOf(element))) {
            return;
        }
        boolean relative = Boolean.parseBoolean(element.getAttribute("relativeToChangelogFile"));
        String resolved = relative ? sibling(path, directory) : directory;
        List<String> files;
        try {
            files = new ArrayList<>(resources.list(resolved));
        } catch (IOException e) {
            throw new LiquibaseImportException(where + ": cannot list " + resolved + ": " + e.getMessage(), e);
        }
        files.removeIf(f -> !f.toLowerCase(Locale.ROOT).matches(".*\\.(xml|sql|yaml|yml|json)"));
        if (files.isEmpty() && !"false".equals(element.getAttribute("errorIfMissingOrEmpty"))) {
            throw new LiquibaseImportException(where + ": <includeAll path=\"" + directory + "\"> finds no changelog");
        }
        // Liquibase runs them in the order of their paths
        files.sort(Comparator.comparing(ChangeSetId::normalizedFile));
        for (String file : files) {
            readChangelog(file, ChangeSetId.normalizedFile(file), where);
        }
    }

    private void changeSet(String path, String fileForRows, Element element) {
        String where = path + ":" + line(element);
        String id = element.getAttribute("id");
        if (id.isEmpty()) {
            throw new LiquibaseImportException(where + ": a changeSet without id");
        }
        String logical = element.getAttribute("logicalFilePath");
        if (!appliesTo(element.getAttribute("dbms")) || !contexts.matches(contextOf(element))) {
            // Liquibase neither runs nor records it on this database or in these contexts
            return;
        }
        changeSets.add(new ChangeSet(new ChangeSetId(logical.isEmpty() ? fileForRows : logical,
                substitute(id, where), substitute(element.getAttribute("author"), where)), path, element,
                Map.copyOf(properties)));
    }

    /** Whether a {@code dbms} list ({@code postgresql, !h2}, {@code all}, {@code none}) names the database. */
    boolean appliesTo(String list) {
        return Dbms.matches(list, dbms);
    }

    private String substitute(String value, String where) {
        return Properties.substitute(value, properties, where);
    }

    private static String sibling(String path, String file) {
        String normalized = ChangeSetId.normalizedFile(path);
        int slash = normalized.lastIndexOf('/');
        String dir = slash < 0 ? "" : normalized.substring(0, slash + 1);
        String joined = dir + ChangeSetId.normalizedFile(file);
        // a/b/../c is a/c
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.equals("..") && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    static String name(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    /** A namespace-aware DOM whose elements carry their start line. DOCTYPEs are refused. */
    private static Document parse(byte[] content, String path) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            parser.parse(new InputSource(new java.io.ByteArrayInputStream(content)), new DefaultHandler() {
                private @Nullable Locator locator;
                private Node current = document;
                private final StringBuilder text = new StringBuilder();

                @Override
                public void setDocumentLocator(@Nullable Locator locator) {
                    this.locator = locator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    flush();
                    Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
                    for (int i = 0; i < attributes.getLength(); i++) {
                        if (attributes.getQName(i).startsWith("xmlns")) {
                            continue;
                        }
                        String attributeName = attributes.getLocalName(i).isEmpty() ? attributes.getQName(i)
                                : attributes.getLocalName(i);
                        element.setAttribute(attributeName, attributes.getValue(i));
                    }
                    if (locator != null) {
                        element.setUserData(LINE, locator.getLineNumber(), null);
                    }
                    current.appendChild(element);
                    current = element;
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    flush();
                    current = current.getParentNode();
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }

                private void flush() {
                    if (!text.isEmpty() && current != document) {
                        current.appendChild(document.createTextNode(text.toString()));
                    }
                    text.setLength(0);
                }
            });
            return document;
        } catch (SAXParseException e) {
            throw new LiquibaseImportException(path + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new LiquibaseImportException("Cannot read the changelog " + path + ": " + e.getMessage(), e);
        }
    }
}
