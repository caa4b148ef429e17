package dev.migrate.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code migration-1.0.xsd}'s rules, written out, checked on the events of {@link LeanFileReader}
 * before they reach the {@link BindingHandler}: which elements go where, in which order and how
 * often, which attributes each takes (which are required, and the values of booleans, numbers and
 * enumerations), and where text may be. A file they accept, the XSD accepts; anything else stops the
 * scan ({@link Refused}), and the validating reader reads the file and says what is wrong. So a new
 * file is read without the XSD validator when it is valid, which is nearly always, and the XSD still
 * explains every error. {@code SchemaRulesTest} checks the rules against the XSD itself, and the
 * differential test in {@code LeanFileReaderTest} checks that nothing they accept is refused by
 * the XSD.
 */
final class SchemaRules extends DefaultHandler {

    /** The scan met something the rules do not accept; the validating reader takes over. */
    static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    /** The values an attribute may take (the XSD's types, as the validator checks them). */
    enum Value {
        STRING, TOKEN, BOOLEAN, LONG, REFERENTIAL_ACTION
    }

    /** What an element holds: nothing at all, text of a kind, or elements in sequence. */
    enum Content {
        EMPTY, ID_TEXT, STRING_TEXT, NON_BLANK_TEXT, ELEMENTS
    }

    /** One step of an element's sequence: any of {@code elements}, at least {@code min} and at most {@code max} times. */
    record Particle(Map<String, Element> elements, int min, int max) {
    }

    /** An element's rules: its attributes (true when required), what it holds, and its sequence of children. */
    record Element(String name, Map<String, Value> attributes, Set<String> required, Content content,
            List<Particle> children) {
    }

    private static final int UNBOUNDED = Integer.MAX_VALUE;
    private static final Set<String> REFERENTIAL_ACTIONS = Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT",
            "NO ACTION");

    static final Element MIGRATION = migration();

    private final DefaultHandler next;
    private final Deque<Open> open = new ArrayDeque<>();

    SchemaRules(DefaultHandler next) {
        this.next = next;
    }

    /** An open element: its rules, where it is in its sequence, and its text so far. */
    private static final class Open {
        final Element rules;
        int particle;
        int count;
        final StringBuilder text = new StringBuilder();

        Open(Element rules) {
            this.rules = rules;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        Element element = open.isEmpty() ? (localName.equals("migration") ? MIGRATION : null) : child(open.peek(), localName);
        if (element == null) {
            throw new Refused();
        }
        checkAttributes(element, attributes);
        open.push(new Open(element));
        next.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        Open current = open.peek();
        if (current == null || current.rules.content == Content.EMPTY) {
            throw new Refused();
        }
        if (current.rules.content == Content.ELEMENTS) {
            for (int i = start; i < start + length; i++) {
                if (!XmlChars.isSpace(ch[i])) {
                    throw new Refused();
                }
            }
        } else {
            current.text.append(ch, start, length);
        }
        next.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        Open closed = open.pop();
        switch (closed.rules.content) {
            case ELEMENTS -> {
                if (!complete(closed)) {
                    throw new Refused();
                }
            }
            case ID_TEXT -> {
                String id = collapse(closed.text.toString());
                if (id.isEmpty() || id.indexOf(' ') >= 0) {
                    throw new Refused();
                }
            }
            case NON_BLANK_TEXT -> {
                if (collapse(closed.text.toString()).isEmpty()) {
                    throw new Refused();
                }
            }
            default -> {
                // empty content was checked as it came; any string is a string
            }
        }
        next.endElement(uri, localName, qName);
    }

    /** The child's rules where it stands in the parent's sequence, moving the parent on; null where it may not stand. */
    private static @Nullable Element child(Open parent, String name) {
        List<Particle> particles = parent.rules.children;
        while (parent.particle < particles.size()) {
            Particle particle = particles.get(parent.particle);
            Element element = particle.elements.get(name);
            if (element != null && parent.count < particle.max) {
                parent.count++;
                return element;
            }
            if (parent.count < particle.min) {
                return null;
            }
            parent.particle++;
            parent.count = 0;
        }
        return null;
    }

    /** Whether every step of the sequence after where the element stopped may be left out. */
    private static boolean complete(Open element) {
        List<Particle> particles = element.rules.children;
        for (int i = element.particle; i < particles.size(); i++) {
            if ((i == element.particle ? element.count : 0) < particles.get(i).min) {
                return false;
            }
        }
        return true;
    }

    private static void checkAttributes(Element element, Attributes attributes) {
        int required = 0;
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getLocalName(i);
            Value value = attributes.getURI(i).isEmpty() ? element.attributes.get(name) : null;
            if (value == null || !valid(value, attributes.getValue(i))) {
                throw new Refused();
            }
            if (element.required.contains(name)) {
                required++;
            }
        }
        if (required != element.required.size()) {
            throw new Refused();
        }
    }

    private static boolean valid(Value type, String value) {
        return switch (type) {
            case STRING, TOKEN -> true;
            case BOOLEAN -> switch (collapse(value)) {
                case "true", "false", "1", "0" -> true;
                default -> false;
            };
            case LONG -> isLong(collapse(value));
            case REFERENTIAL_ACTION -> REFERENTIAL_ACTIONS.contains(value);
        };
    }

    private static boolean isLong(String value) {
        int digits = value.startsWith("+") || value.startsWith("-") ? 1 : 0;
        if (value.length() == digits) {
            return false;
        }
        for (int i = digits; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** XML Schema's whitespace collapse: runs of white space become one space, none at either end. */
    private static String collapse(String value) {
        StringBuilder collapsed = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (XmlChars.isSpace(c)) {
                space = !collapsed.isEmpty();
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }


    // --- the XSD, written out

    private static Element migration() {
        Element id = text("dependsOn", Content.ID_TEXT);
        Element replaces = text("replaces", Content.ID_TEXT);
        Map<String, Value> defaults = Map.of("defaultValue", Value.STRING, "defaultValueNumeric", Value.STRING,
                "defaultValueBoolean", Value.BOOLEAN, "defaultValueComputed", Value.STRING);
        Element constraints = element("constraints", Map.of("nullable", Value.BOOLEAN, "primaryKey", Value.BOOLEAN),
                Set.of(), Content.EMPTY);
        Element column = element("column", with(defaults, Map.of("name", Value.STRING, "type", Value.STRING,
                "autoIncrement", Value.BOOLEAN)), Set.of("name", "type"), Content.ELEMENTS,
                particle(0, 1, constraints));
        Element indexColumn = element("column", Map.of("name", Value.STRING, "descending", Value.BOOLEAN),
                Set.of("name"), Content.EMPTY);
        Element statement = text("statement", Content.STRING_TEXT);
        Element rollback = element("rollback", Map.of(), Set.of(), Content.ELEMENTS, particle(1, UNBOUNDED, statement));
        Map<String, Value> columnChange = Map.of("tableName", Value.STRING, "columnName", Value.STRING);
        Map<String, Value> tableConstraint = Map.of("tableName", Value.STRING, "constraintName", Value.STRING);
        List<Element> changes = List.of(
                element("createTable", Map.of("tableName", Value.STRING, "primaryKeyColumnNames", Value.STRING),
                        Set.of("tableName"), Content.ELEMENTS, particle(1, UNBOUNDED, column)),
                empty("dropTable", Map.of("tableName", Value.STRING)),
                empty("renameTable", Map.of("oldTableName", Value.STRING, "newTableName", Value.STRING)),
                element("addColumn", Map.of("tableName", Value.STRING), Set.of("tableName"), Content.ELEMENTS,
                        particle(1, UNBOUNDED, column)),
                empty("dropColumn", columnChange),
                empty("renameColumn", Map.of("tableName", Value.STRING, "oldColumnName", Value.STRING,
                        "newColumnName", Value.STRING)),
                empty("modifyDataType", with(columnChange, Map.of("newDataType", Value.STRING))),
                element("addNotNullConstraint", with(columnChange, Map.of("defaultNullValue", Value.STRING,
                        "defaultNullValueNumeric", Value.STRING, "defaultNullValueBoolean", Value.BOOLEAN,
                        "defaultNullValueComputed", Value.STRING, "online", Value.BOOLEAN)), columnChange.keySet(),
                        Content.EMPTY),
                empty("dropNotNullConstraint", columnChange),
                element("addDefaultValue", with(columnChange, defaults), columnChange.keySet(), Content.EMPTY),
                empty("dropDefaultValue", columnChange),
                element("createIndex", Map.of("tableName", Value.STRING, "indexName", Value.STRING, "unique",
                        Value.BOOLEAN, "online", Value.BOOLEAN), Set.of("tableName", "indexName"), Content.ELEMENTS,
                        particle(1, UNBOUNDED, indexColumn)),
                empty("dropIndex", Map.of("tableName", Value.STRING, "indexName", Value.STRING)),
                element("addUniqueConstraint", with(tableConstraint, Map.of("columnNames", Value.STRING, "online",
                        Value.BOOLEAN)), Set.of("tableName", "constraintName", "columnNames"), Content.EMPTY),
                empty("dropUniqueConstraint", tableConstraint),
                element("addForeignKeyConstraint", Map.of("baseTableName", Value.STRING, "baseColumnNames",
                        Value.STRING, "constraintName", Value.STRING, "referencedTableName", Value.STRING,
                        "referencedColumnNames", Value.STRING, "onDelete", Value.REFERENTIAL_ACTION, "online",
                        Value.BOOLEAN),
                        Set.of("baseTableName", "baseColumnNames", "constraintName", "referencedTableName",
                                "referencedColumnNames"), Content.EMPTY),
                empty("dropForeignKeyConstraint", Map.of("baseTableName", Value.STRING, "constraintName",
                        Value.STRING)),
                element("addCheckConstraint", with(tableConstraint, Map.of("online", Value.BOOLEAN)),
                        tableConstraint.keySet(), Content.NON_BLANK_TEXT),
                empty("dropCheckConstraint", tableConstraint),
                element("createSequence", Map.of("sequenceName", Value.STRING, "startValue", Value.LONG,
                        "incrementBy", Value.LONG), Set.of("sequenceName"), Content.EMPTY),
                empty("dropSequence", Map.of("sequenceName", Value.STRING)),
                element("sql", Map.of("dbms", Value.STRING), Set.of(), Content.ELEMENTS,
                        particle(1, UNBOUNDED, statement), particle(0, 1, rollback)),
                element("java", Map.of("class", Value.TOKEN, "version", Value.TOKEN), Set.of("class"), Content.EMPTY));
        return element("migration", Map.of(), Set.of(), Content.ELEMENTS, particle(0, UNBOUNDED, id),
                particle(0, UNBOUNDED, replaces), particle(0, UNBOUNDED, changes.toArray(new Element[0])));
    }

    /** An element of attributes only, all of them required. */
    private static Element empty(String name, Map<String, Value> attributes) {
        return element(name, attributes, attributes.keySet(), Content.EMPTY);
    }

    private static Element text(String name, Content content) {
        return element(name, Map.of(), Set.of(), content);
    }

    private static Element element(String name, Map<String, Value> attributes, Set<String> required, Content content,
            Particle... children) {
        return new Element(name, Map.copyOf(attributes), Set.copyOf(required), content, List.of(children));
    }

    private static Particle particle(int min, int max, Element... elements) {
        Map<String, Element> byName = new HashMap<>();
        for (Element element : elements) {
            byName.put(element.name(), element);
        }
        return new Particle(Map.copyOf(byName), min, max);
    }

    private static Map<String, Value> with(Map<String, Value> first, Map<String, Value> second) {
        Map<String, Value> both = new HashMap<>(first);
        both.putAll(second);
        return both;
    }
}
