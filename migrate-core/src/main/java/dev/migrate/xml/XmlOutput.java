package dev.migrate.xml;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A small XML writer with a fixed layout: either pretty (4-space indentation, one element per line)
 * or compact (no whitespace between elements, no comments), the form checksums are taken over.
 * Attributes are written in the order given, and values are escaped so that a reader gets back
 * exactly the same text, line breaks and tabs included.
 */
final class XmlOutput {

    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder(1024);
    private final boolean pretty;
    private int depth;

    XmlOutput(boolean pretty) {
        this.pretty = pretty;
    }

    void declaration() {
        if (pretty) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
    }

    /** A start tag; attributes come as name, value pairs and a null value leaves its attribute out. */
    void open(String name, @Nullable String... attributes) {
        tag(name, attributes, ">");
        depth++;
    }

    void close(String name) {
        depth--;
        indent();
        out.append("</").append(name).append('>');
        newLine();
    }

    void empty(String name, @Nullable String... attributes) {
        tag(name, attributes, "/>");
    }

    /**
     * An element holding only text, kept exactly (so not indented). Text with {@code <} or {@code &},
     * such as SQL, goes in a CDATA section where that keeps it readable.
     */
    void text(String name, String text, @Nullable String... attributes) {
        indent();
        startTag(name, attributes);
        out.append('>');
        if ((text.indexOf('<') >= 0 || text.indexOf('&') >= 0) && text.indexOf('\r') < 0 && !text.contains("]]>")) {
            checkCharacters(text);
            out.append("<![CDATA[").append(text).append("]]>");
        } else {
            escape(text, false);
        }
        out.append("</").append(name).append('>');
        newLine();
    }

    /** A comment, in pretty output only. The text must not hold "--", which XML forbids in comments. */
    void comment(String text) {
        if (pretty) {
            indent();
            out.append("<!-- ").append(text.replace("--", "- -")).append(" -->");
            newLine();
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void tag(String name, @Nullable String[] attributes, String end) {
        indent();
        startTag(name, attributes);
        out.append(end);
        newLine();
    }

    private void startTag(String name, @Nullable String[] attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(Objects.requireNonNull(attributes[i + 1]), true);
                out.append('"');
            }
        }
    }

    private void indent() {
        if (pretty) {
            out.append(INDENT.repeat(depth));
        }
    }

    private void newLine() {
        if (pretty) {
            out.append('\n');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                // text may hold '>' except in "]]>"; keeping it keeps comparisons in SQL readable
                case '>' -> out.append(attribute || text.startsWith("]]", i - 2) ? "&gt;" : ">");
                // a parser turns a raw carriage return into a line feed, and in an attribute every
                // line break or tab into a space: only character references survive
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    checkCharacter(c, text);
                    out.appendCodePoint(c);
                }
            }
            i += Character.charCount(c);
        }
    }

    private static void checkCharacters(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            checkCharacter(c, text);
            i += Character.charCount(c);
        }
    }

    private static void checkCharacter(int c, String text) {
        boolean allowed = c >= 0x20 ? !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF
                : c == '\t' || c == '\n' || c == '\r';
        if (!allowed) {
            throw new IllegalArgumentException(String.format(
                    "Character U+%04X cannot be written in an XML file: %s", c, text));
        }
    }
}
