package dev.migrate.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scan of the head of a well-formed, plain migration file: XML declaration, comments, the root
 * element in our namespace, then {@code <dependsOn>id</dependsOn>} elements, then
 * {@code <replaces>id</replaces>} elements (a squashed migration). It answers null, so
 * the caller uses a real parser, for anything else (a DOCTYPE, CDATA, entities, an unexpected
 * namespace), so it can be fast without being wrong.
 */
final class HeadScan {

    private static final Pattern ROOT = Pattern.compile(
            "<(?:([A-Za-z_][\\w.-]*):)?migration(\\s[^<>]*)?>");
    private static final Pattern ENCODING = Pattern.compile("\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern ID = Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*");

    private HeadScan() {
    }

    static List<String> dependsOn(byte[] content) {
        MigrationHeader.Head head = head(content);
        return head == null ? null : head.dependsOn();
    }

    /** The head of the file, or null when the scan cannot tell (the caller then parses). */
    static MigrationHeader.Head head(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        int at = skipProlog(text, 0);
        if (at < 0) {
            return null;
        }
        Matcher root = ROOT.matcher(text).region(at, text.length());
        if (!root.lookingAt() || root.group(0).endsWith("/>")) {
            return null;
        }
        String prefix = root.group(1);
        String attributes = root.group(2) == null ? "" : root.group(2);
        String xmlns = prefix == null ? "xmlns" : "xmlns:" + prefix;
        if (!attributes.contains(xmlns + "=\"" + MigrationDocument.NAMESPACE + "\"")
                && !attributes.contains(xmlns + "='" + MigrationDocument.NAMESPACE + "'")) {
            return null;
        }
        String dependsOpen = "<" + (prefix == null ? "" : prefix + ":") + "dependsOn>";
        String dependsClose = "</" + (prefix == null ? "" : prefix + ":") + "dependsOn>";
        String replacesOpen = "<" + (prefix == null ? "" : prefix + ":") + "replaces>";
        String replacesClose = "</" + (prefix == null ? "" : prefix + ":") + "replaces>";
        List<String> dependsOn = new ArrayList<>();
        List<String> replaces = new ArrayList<>();
        at = root.end();
        while (true) {
            at = skipMisc(text, at);
            if (at < 0) {
                return null;
            }
            boolean depends = replaces.isEmpty() && text.startsWith(dependsOpen, at);
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
            Matcher id = ID.matcher(text).region(at + open.length(), end);
            if (!id.matches()) {
                return null;
            }
            (depends ? dependsOn : replaces).add(id.group(1));
            at = end + close.length();
        }
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
            Matcher encoding = ENCODING.matcher(text.substring(at, end));
            if (encoding.find() && !encoding.group(1).equalsIgnoreCase("UTF-8")) {
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
