package dev.migrate.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scan of the head of a well-formed, plain migration file: XML declaration, comments, the root
 * element in our namespace, then {@code <dependsOn>id</dependsOn>} elements, then
 * {@code <replaces>id</replaces>} elements (a squashed migration). It answers null, so
 * the caller uses a real parser, for anything else (a DOCTYPE, CDATA, entities, an unexpected
 * namespace), so it can be fast without being wrong.
 */
final class HeadScan {

    private HeadScan() {
    }

    /** The first bytes decoded, which hold the head of a usual file; a longer head is decoded up to {@link #LONGEST}. */
    private static final int USUAL = 1024;
    private static final int LONGEST = 4096;
    /**
     * How far before the end of a decoded prefix (less the length of the longest tag looked for) the
     * head must end to be trusted: a prefix may stop inside a tag or a character.
     */
    private static final int MARGIN = 64;

    /** The head of the file, or null when the scan cannot tell (the caller then parses). */
    static MigrationHeader.@Nullable Head head(byte[] content) {
        MigrationHeader.@Nullable Head written = asWritten(content);
        return written != null ? written : scanned(content);
    }

    /** The head read from the text of the file's first bytes, or null when the scan cannot tell. */
    static MigrationHeader.@Nullable Head scanned(byte[] content) {
        if (content.length > USUAL) {
            MigrationHeader.@Nullable Head head = head(content, USUAL);
            if (head != null) {
                return head;
            }
        }
        return head(content, LONGEST);
    }

    /** How the writer starts a file (with a line end between, of either kind); such a file is read by {@link #asWritten}. */
    private static final byte[] WRITTEN_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WRITTEN_ROOT = ("<migration xmlns=\"" + MigrationDocument.NAMESPACE + "\">")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DEPENDS_OPEN = "<dependsOn>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DEPENDS_CLOSE = "</dependsOn>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REPLACES_OPEN = "<replaces>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_OPEN = "<!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_CLOSE = "-->".getBytes(StandardCharsets.US_ASCII);

    /**
     * The head of a file that starts as the writer writes it (the XML declaration, the root element
     * with its namespace and nothing else, then {@code <dependsOn>} elements, comments and white space),
     * read in bytes, since this runs for every file at every start, before anything is compiled. Null
     * for any other head, such as one with {@code <replaces>}: the scan of the text decides those. What
     * it answers, the scan of the text answers too.
     */
    static MigrationHeader.@Nullable Head asWritten(byte[] content) {
        if (!startsWith(content, 0, WRITTEN_DECLARATION)) {
            return null;
        }
        int root = skipSpaces(content, WRITTEN_DECLARATION.length);
        if (!startsWith(content, root, WRITTEN_ROOT)) {
            return null;
        }
        List<String> dependsOn = new ArrayList<>(1);
        int at = root + WRITTEN_ROOT.length;
        while (true) {
            at = skipSpaces(content, at);
            if (startsWith(content, at, COMMENT_OPEN)) {
                // the Data loss comment the writer puts above a destructive change, or a person's
                at = indexOf(content, COMMENT_CLOSE, at + COMMENT_OPEN.length);
                if (at < 0) {
                    return null;
                }
                at += COMMENT_CLOSE.length;
            } else if (startsWith(content, at, DEPENDS_OPEN)) {
                int idStart = at + DEPENDS_OPEN.length;
                int idEnd = idStart;
                while (idEnd < content.length && isIdByte(content[idEnd])) {
                    idEnd++;
                }
                if (idEnd == idStart || !startsWith(content, idEnd, DEPENDS_CLOSE)) {
                    return null;
                }
                dependsOn.add(new String(content, idStart, idEnd - idStart, StandardCharsets.US_ASCII));
                at = idEnd + DEPENDS_CLOSE.length;
            } else if (at + 1 < content.length && content[at] == '<' && content[at + 1] != '!' && content[at + 1] != '?'
                    && !startsWith(content, at, REPLACES_OPEN)) {
                // the first change (or the end of an empty migration): the head is over
                return new MigrationHeader.Head(dependsOn, List.of());
            } else {
                return null;
            }
        }
    }

    private static boolean startsWith(byte[] content, int at, byte[] prefix) {
        if (content.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] part, int from) {
        for (int at = from; at <= content.length - part.length; at++) {
            if (startsWith(content, at, part)) {
                return at;
            }
        }
        return -1;
    }

    private static int skipSpaces(byte[] content, int from) {
        int at = from;
        while (at < content.length && (content[at] == ' ' || content[at] == '\t' || content[at] == '\n' || content[at] == '\r')) {
            at++;
        }
        return at;
    }

    private static boolean isIdByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_';
    }

    /**
     * The head read from the first {@code limit} bytes; null when it does not end well inside them
     * (the text may stop in the middle of a tag, or of a character).
     */
    private static MigrationHeader.@Nullable Head head(byte[] content, int limit) {
        String text = new String(content, 0, Math.min(content.length, limit), StandardCharsets.UTF_8);
        int at = skipProlog(text, 0);
        if (at < 0) {
            return null;
        }
        Root root = root(text, at);
        if (root == null) {
            return null;
        }
        String prefix = root.prefix();
        String attributes = root.attributes();
        String xmlns = prefix == null ? "xmlns" : "xmlns:" + prefix;
        if (!attributes.contains(xmlns + "=\"" + MigrationDocument.NAMESPACE + "\"")
                && !attributes.contains(xmlns + "='" + MigrationDocument.NAMESPACE + "'")) {
            return null;
        }
        String dependsOpen = "<" + (prefix == null ? "" : prefix + ":") + "dependsOn>";
        String dependsClose = "</" + (prefix == null ? "" : prefix + ":") + "dependsOn>";
        String replacesOpen = "<" + (prefix == null ? "" : prefix + ":") + "replaces>";
        String replacesClose = "</" + (prefix == null ? "" : prefix + ":") + "replaces>";
        int trusted = content.length <= limit ? text.length() : text.length() - MARGIN - replacesOpen.length();
        List<String> dependsOn = new ArrayList<>();
        List<String> replaces = new ArrayList<>();
        at = root.end();
        while (true) {
            at = skipMisc(text, at);
            if (at < 0) {
                return null;
            }
            boolean depends = replaces.isEmpty() && text.startsWith(dependsOpen, at);
            if (at > trusted) {
                return null;
            }
            if (!depends && !text.startsWith(replacesOpen, at)) {
                // the first change (or the end of an empty migration): the head is over
                return text.startsWith("<", at) && !text.startsWith("<!", at) && !text.startsWith("<?", at)
                        ? new MigrationHeader.Head(dependsOn, replaces) : null;
            }
            String open = depends ? dependsOpen : replacesOpen;
            String close = depends ? dependsClose : replacesClose;
            int end = text.indexOf(close, at);
            if (end < 0) {
                return null;
            }
            String id = stripSpaces(text.substring(at + open.length(), end));
            if (!isId(id)) {
                return null;
            }
            (depends ? dependsOn : replaces).add(id);
            at = end + close.length();
        }
    }

    /**
     * The root element's start tag at {@code at}: {@code <migration ...>} or {@code <p:migration ...>};
     * null for anything else, an empty element included. Scanned by hand, not with a regular
     * expression: this runs for every file at every start, before anything is compiled.
     */
    private static @Nullable Root root(String text, int at) {
        if (!text.startsWith("<", at)) {
            return null;
        }
        int nameEnd = at + 1;
        while (nameEnd < text.length() && isNameChar(text.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = text.substring(at + 1, nameEnd);
        String prefix = null;
        if (name.indexOf(':') >= 0) {
            prefix = name.substring(0, name.indexOf(':'));
            name = name.substring(name.indexOf(':') + 1);
            if (!isName(prefix)) {
                return null;
            }
        }
        if (!name.equals("migration")) {
            return null;
        }
        int close = text.indexOf('>', nameEnd);
        if (close < 0 || text.lastIndexOf('<', close) != at || text.charAt(close - 1) == '/'
                || close > nameEnd && !XmlChars.isSpace(text.charAt(nameEnd))) {
            return null;
        }
        return new Root(prefix, text.substring(nameEnd, close), close + 1);
    }

    private record Root(@Nullable String prefix, String attributes, int end) {
    }

    /** A name as the prefix may be: a letter or underscore, then letters, digits, underscores, dots or hyphens (ASCII). */
    private static boolean isName(String name) {
        if (name.isEmpty() || !(XmlChars.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(XmlChars.isLetter(c) || XmlChars.isDigit(c) || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return XmlChars.isLetter(c) || XmlChars.isDigit(c) || c == '_' || c == '.' || c == '-' || c == ':';
    }

    /** A migration id as the head scan takes it: letters, digits and underscores; anything else goes to the parser. */
    private static boolean isId(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(XmlChars.isLetter(c) || XmlChars.isDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Whether an XML declaration's encoding is UTF-8, in any of the ways it may be quoted and spaced. */
    private static boolean isUtf8Declaration(String declaration) {
        if (declaration.equals("<?xml version=\"1.0\" encoding=\"UTF-8\"")) {
            return true;
        }
        String compact = declaration.replace(" ", "").replace("\t", "").replace("\n", "").replace("\r", "")
                .replace('\'', '"').toLowerCase(java.util.Locale.ROOT);
        return compact.contains("encoding=\"utf-8\"") && compact.indexOf("encoding") == compact.lastIndexOf("encoding");
    }

    /** Without the XML white space around it (not Java's wider idea of white space). */
    private static String stripSpaces(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && XmlChars.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && XmlChars.isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** Skips the XML declaration, comments and whitespace before the root element. */
    private static int skipProlog(String text, int from) {
        int at = from;
        if (text.startsWith("\uFEFF", at)) {
            at++;
        }
        if (text.startsWith("<?xml", at)) {
            int end = text.indexOf("?>", at);
            if (end < 0) {
                return -1;
            }
            String declaration = text.substring(at, end);
            if (declaration.contains("encoding") && !isUtf8Declaration(declaration)) {
                // the bytes were read as UTF-8: another encoding (or an unknown one) is the parser's to judge
                return -1;
            }
            at = end + 2;
        }
        return skipMisc(text, at);
    }

    /** Skips whitespace and comments; -1 when the text ends first. */
    private static int skipMisc(String text, int from) {
        int at = from;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                at++;
            } else if (text.startsWith("<!--", at)) {
                int end = text.indexOf("-->", at + 4);
                if (end < 0) {
                    return -1;
                }
                at = end + 3;
            } else {
                return at;
            }
        }
        return -1;
    }
}
