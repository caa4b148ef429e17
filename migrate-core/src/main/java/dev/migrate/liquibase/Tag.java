package dev.migrate.liquibase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A small XML element to write a migrate change with; {@link #toString()} is its markup. */
final class Tag {

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Object> children = new ArrayList<>();

    Tag(String name) {
        this.name = name;
    }

    Tag attr(String attribute, @Nullable Object value) {
        if (value != null) {
            attributes.put(attribute, value.toString());
        }
        return this;
    }

    Tag child(Tag tag) {
        children.add(tag);
        return this;
    }

    Tag text(String text) {
        children.add(text);
        return this;
    }

    boolean hasChildren() {
        return !children.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("<").append(name);
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v, true)).append('"'));
        if (children.isEmpty()) {
            return out.append("/>").toString();
        }
        out.append('>');
        for (Object child : children) {
            out.append(child instanceof Tag ? child.toString() : escape((String) child, false));
        }
        return out.append("</").append(name).append('>').toString();
    }

    static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
