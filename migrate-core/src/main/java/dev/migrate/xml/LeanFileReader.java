package dev.migrate.xml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a migration file with a small scanner of its own instead of the SAX parser and the XSD
 * validator, which cost about three quarters of reading a file (a start that applies 500 new files,
 * or replays 500 for the entity comparison, read them all). It feeds the same {@link BindingHandler}
 * as the validating reader, so both give the same operations:
 * <ul>
 * <li>a file the history vouches for (its exact bytes were validated when they were applied) is
 *     read as it is;</li>
 * <li>any other file is checked on the way by {@link SchemaRules}, the XSD's rules written out: what
 *     they accept, the XSD accepts.</li>
 * </ul>
 * It declines (answers null, and the caller reads the file the validating way, which explains any
 * error with its line and column) whatever it does not expect: another encoding, a DOCTYPE,
 * processing instructions, entities other than XML's five and character references, elements
 * outside our namespace, prefixed attributes, anything malformed, and anything the rules refuse.
 * Declining is always safe; being wrong is not, so it is strict.
 */
final class LeanFileReader {

    private final String text;
    private final String sourceName;
    private int at;
    private final Position position = new Position();

    private LeanFileReader(String text, String sourceName) {
        this.text = text;
        this.sourceName = sourceName;
    }

    /**
     * The bound file, or null when the scanner declines it.
     *
     * @param vouched whether the history vouches for these bytes; if not, the XSD's rules are checked
     */
    static Bindings.@Nullable MigrationXml read(byte[] content, String sourceName, Locations locations, boolean vouched) {
        String text = normalizeLineEnds(content);
        if (text == null) {
            return null;
        }
        LeanFileReader reader = new LeanFileReader(text, sourceName);
        BindingHandler binding = new BindingHandler(locations, () -> reader.position);
        try {
            return reader.document(vouched ? binding : new SchemaRules(binding)) ? binding.root() : null;
        } catch (SAXException | RuntimeException e) {
            // the validating reader finds the same problem and says it properly
            return null;
        }
    }

    /**
     * The text, decoded as UTF-8 (null when the bytes are not: the parser explains the error), with
     * CR LF and a lone CR read as LF, as XML does before anything else.
     */
    private static @Nullable String normalizeLineEnds(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private boolean document(DefaultHandler handler) throws SAXException {
        if (text.startsWith("\uFEFF")) {
            at++;
        }
        if (text.startsWith("<?xml", at) && !declaration()) {
            return false;
        }
        if (!misc() || !text.startsWith("<", at) || text.startsWith("<!", at) || text.startsWith("<?", at)) {
            return false;
        }
        Deque<Element> open = new ArrayDeque<>();
        do {
            if (text.startsWith("</", at)) {
                if (!endTag(open, handler)) {
                    return false;
                }
            } else if (text.startsWith("<!--", at)) {
                if (!comment()) {
                    return false;
                }
            } else if (text.startsWith("<![CDATA[", at)) {
                int end = text.indexOf("]]>", at);
                if (end < 0 || open.isEmpty()) {
                    return false;
                }
                characters(handler, text.substring(at + "<![CDATA[".length(), end));
                at = end + "]]>".length();
            } else if (text.startsWith("<", at)) {
                if (text.startsWith("<!", at) || text.startsWith("<?", at) || !startTag(open, handler)) {
                    return false;
                }
            } else {
                int end = text.indexOf('<', at);
                if (end < 0) {
                    return false;
                }
                String raw = text.substring(at, end);
                if (raw.contains("]]>")) {
                    return false;
                }
                String decoded = decode(raw);
                if (decoded == null) {
                    return false;
                }
                characters(handler, decoded);
                at = end;
            }
        } while (!open.isEmpty());
        return misc() && at == text.length();
    }

    private void characters(DefaultHandler handler, String chars) throws SAXException {
        if (!allowedCharacters(chars)) {
            throw new IllegalArgumentException("not a character XML allows");
        }
        handler.characters(chars.toCharArray(), 0, chars.length());
    }

    /**
     * {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}: version 1.0, then optionally
     * the encoding, which must be UTF-8, then optionally standalone, in that order.
     */
    private boolean declaration() {
        int end = text.indexOf("?>", at);
        // the declaration's values are plain characters: a reference there is an error
        if (end < 0 || !XmlChars.isSpace(text.charAt(at + "<?xml".length())) || text.lastIndexOf('&', end) > at) {
            return false;
        }
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        if (attributes(at + "<?xml".length(), end, attributes) != end) {
            return false;
        }
        List<String> names = new ArrayList<>(attributes.keySet());
        String encoding = attributes.get("encoding");
        String standalone = attributes.get("standalone");
        List<String> expected = new ArrayList<>(List.of("version"));
        if (encoding != null) {
            expected.add("encoding");
        }
        if (standalone != null) {
            expected.add("standalone");
        }
        if (!names.equals(expected) || !"1.0".equals(attributes.get("version"))
                || encoding != null && !encoding.equalsIgnoreCase("UTF-8")
                || standalone != null && !standalone.equals("yes") && !standalone.equals("no")) {
            return false;
        }
        at = end + 2;
        return true;
    }

    /** White space and comments; false for a malformed comment. */
    private boolean misc() {
        while (at < text.length()) {
            if (XmlChars.isSpace(text.charAt(at))) {
                at++;
            } else if (text.startsWith("<!--", at)) {
                if (!comment()) {
                    return false;
                }
            } else {
                return true;
            }
        }
        return true;
    }

    private boolean comment() {
        int end = text.indexOf("--", at + "<!--".length());
        if (end < 0 || !text.startsWith("-->", end) || !allowedCharacters(text, at + "<!--".length(), end)) {
            return false;
        }
        at = end + "-->".length();
        return true;
    }

    private boolean startTag(Deque<Element> open, DefaultHandler handler) throws SAXException {
        int nameEnd = nameEnd(at + 1);
        String qName = text.substring(at + 1, nameEnd);
        int close = text.indexOf('>', nameEnd);
        if (qName.isEmpty() || qName.startsWith(":") || qName.endsWith(":") || close < 0) {
            return false;
        }
        boolean empty = text.charAt(close - 1) == '/';
        int attributesEnd = empty ? close - 1 : close;
        if (attributesEnd > nameEnd && !XmlChars.isSpace(text.charAt(nameEnd))) {
            return false;
        }
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        if (attributes(nameEnd, attributesEnd, attributes) != attributesEnd) {
            return false;
        }
        Element element = new Element(qName, open.isEmpty() ? Map.of() : open.peek().namespaces);
        AttributesImpl plain = new AttributesImpl();
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            String name = attribute.getKey();
            if (name.equals("xmlns")) {
                element.declare("", attribute.getValue());
            } else if (name.startsWith("xmlns:")) {
                String declared = name.substring("xmlns:".length());
                if (declared.isEmpty() || attribute.getValue().isEmpty() || declared.startsWith("xml")) {
                    // no prefix, a prefix undeclared, or one of XML's own: Namespaces in XML refuses these or
                    // needs care not taken here
                    return false;
                }
                element.declare(declared, attribute.getValue());
            } else if (name.indexOf(':') >= 0) {
                return false;
            } else {
                plain.addAttribute("", name, name, "CDATA", attribute.getValue());
            }
        }
        String prefix = qName.indexOf(':') < 0 ? "" : qName.substring(0, qName.indexOf(':'));
        String localName = qName.substring(prefix.isEmpty() ? 0 : prefix.length() + 1);
        if (!MigrationDocument.NAMESPACE.equals(element.namespaces.get(prefix)) || localName.isEmpty()
                || localName.indexOf(':') >= 0 || open.isEmpty() && !localName.equals("migration")) {
            return false;
        }
        at = close + 1;
        position.offset = at;
        handler.startElement(MigrationDocument.NAMESPACE, localName, qName, plain);
        if (empty) {
            handler.endElement(MigrationDocument.NAMESPACE, localName, qName);
        } else {
            open.push(element);
        }
        return true;
    }

    private boolean endTag(Deque<Element> open, DefaultHandler handler) throws SAXException {
        int nameEnd = nameEnd(at + 2);
        String qName = text.substring(at + 2, nameEnd);
        int close = nameEnd;
        while (close < text.length() && XmlChars.isSpace(text.charAt(close))) {
            close++;
        }
        if (open.isEmpty() || !open.peek().qName.equals(qName) || close >= text.length() || text.charAt(close) != '>') {
            return false;
        }
        open.pop();
        at = close + 1;
        String localName = qName.substring(qName.indexOf(':') + 1);
        handler.endElement(MigrationDocument.NAMESPACE, localName, qName);
        return true;
    }

    /**
     * Reads {@code name="value"} pairs between {@code from} and {@code to} into {@code into};
     * answers where it stopped, which is {@code to} when all of it was attributes.
     */
    private int attributes(int from, int to, Map<String, String> into) {
        int i = from;
        while (true) {
            while (i < to && XmlChars.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= to) {
                return i;
            }
            int nameEnd = nameEnd(i);
            String name = text.substring(i, nameEnd);
            int equals = nameEnd;
            while (equals < to && XmlChars.isSpace(text.charAt(equals))) {
                equals++;
            }
            int quote = equals + 1;
            while (quote < to && XmlChars.isSpace(text.charAt(quote))) {
                quote++;
            }
            if (name.isEmpty() || equals >= to || text.charAt(equals) != '=' || quote >= to
                    || text.charAt(quote) != '"' && text.charAt(quote) != '\'') {
                return -1;
            }
            int end = text.indexOf(text.charAt(quote), quote + 1);
            if (end < 0 || end >= to) {
                return -1;
            }
            String raw = text.substring(quote + 1, end);
            // XML turns each literal tab or line end of a value into a space, but not those written as references
            String value = raw.indexOf('<') >= 0 || !allowedCharacters(raw) ? null
                    : decode(raw.replace('\t', ' ').replace('\n', ' '));
            if (value == null || into.put(name, value) != null
                    || end + 1 < to && !XmlChars.isSpace(text.charAt(end + 1))) {
                return -1;
            }
            i = end + 1;
        }
    }

    /** Text with XML's five entities and character references replaced; null for any other reference. */
    private static @Nullable String decode(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder decoded = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '&') {
                decoded.append(c);
                continue;
            }
            int end = raw.indexOf(';', i);
            if (end < 0) {
                return null;
            }
            String name = raw.substring(i + 1, end);
            switch (name) {
                case "lt" -> decoded.append('<');
                case "gt" -> decoded.append('>');
                case "amp" -> decoded.append('&');
                case "quot" -> decoded.append('"');
                case "apos" -> decoded.append('\'');
                default -> {
                    int code = characterReference(name);
                    if (code < 0) {
                        return null;
                    }
                    decoded.appendCodePoint(code);
                }
            }
            i = end;
        }
        return decoded.toString();
    }

    private static int characterReference(String name) {
        boolean hex = name.startsWith("#x");
        int from = hex ? 2 : 1;
        if (!name.startsWith("#") || name.length() == from || name.length() > from + 8) {
            return -1;
        }
        // ASCII digits only: Integer.parseInt also takes a sign and other scripts' digits, which XML does not
        int code = 0;
        for (int i = from; i < name.length(); i++) {
            char c = name.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            code = code * (hex ? 16 : 10) + digit;
        }
        boolean allowed = code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF
                || code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
        return allowed ? code : -1;
    }

    /** Whether every character is one XML allows in a document (a character reference is checked on its own). */
    private static boolean allowedCharacters(String chars) {
        return allowedCharacters(chars, 0, chars.length());
    }

    /** As {@link #allowedCharacters(String)}, for the characters from {@code from} up to {@code to}. */
    private static boolean allowedCharacters(String chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
        }
        return true;
    }

    /** The end of a name (ASCII letters, digits, {@code _ - . :}) starting at {@code from}. */
    private int nameEnd(int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.' || c == ':') || i == from && (c >= '0' && c <= '9' || c == '-' || c == '.')) {
                break;
            }
            i++;
        }
        return i;
    }


    /** An open element and the namespace prefixes in scope in it. */
    private static final class Element {
        final String qName;
        Map<String, String> namespaces;
        private boolean copied;

        Element(String qName, Map<String, String> inherited) {
            this.qName = qName;
            this.namespaces = inherited;
        }

        void declare(String prefix, String uri) {
            if (!copied) {
                namespaces = new HashMap<>(namespaces);
                copied = true;
            }
            namespaces.put(prefix, uri);
        }
    }

    /** Where the scanner is, as line and column, for the locations of elements: counted on demand, going forwards. */
    private final class Position implements Locator {
        int offset;
        private int countedTo;
        private int line = 1;
        private int lineStart;

        private void count() {
            for (int end = text.indexOf('\n', countedTo); end >= 0 && end < offset; end = text.indexOf('\n', end + 1)) {
                line++;
                lineStart = end + 1;
            }
            countedTo = Math.max(countedTo, offset);
        }

        @Override
        public int getLineNumber() {
            count();
            return line;
        }

        @Override
        public int getColumnNumber() {
            count();
            return offset - lineStart + 1;
        }

        @Override
        public @Nullable String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return sourceName;
        }
    }
}
