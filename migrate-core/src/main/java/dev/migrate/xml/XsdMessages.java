package dev.migrate.xml;

import dev.migrate.schema.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Xerces's schema messages in plain words: "unexpected element &lt;addColum&gt; here; expected one of
 * &lt;addColumn&gt;, ..." instead of "cvc-complex-type.2.4.a: Invalid content was found starting with
 * element '{"https://...":addColum}'. One of ...". The common codes are translated; any other message
 * loses its code and the namespace noise. Every quoted value is {@link Messages#shorten shortened}.
 */
final class XsdMessages {

    private static final int DOTALL = Pattern.DOTALL;
    private static final Pattern CODE = Pattern.compile("^(?:cvc-[\\w.-]+|[A-Z]+\\d+):\\s*", DOTALL);
    private static final Pattern INVALID_CONTENT = Pattern.compile(
            "Invalid content was found starting with element '(.*)'\\. One of '\\{(.*)\\}' is expected\\.", DOTALL);
    private static final Pattern INCOMPLETE = Pattern.compile(
            "The content of element '(.*)' is not complete\\. One of '\\{(.*)\\}' is expected\\.", DOTALL);
    private static final Pattern NO_DECLARATION = Pattern.compile(
            "The matching wildcard is strict, but no declaration can be found for element '(.*)'\\.", DOTALL);
    private static final Pattern NO_CHILD_EXPECTED = Pattern.compile(
            "Invalid content was found starting with element '(.*)'\\. No child element(?: '.*')? is expected at this point\\.",
            DOTALL);
    private static final Pattern ATTRIBUTE_NOT_ALLOWED = Pattern.compile(
            "Attribute '(.*)' is not allowed to appear in element '(.*)'\\.", DOTALL);
    private static final Pattern ATTRIBUTE_MISSING = Pattern.compile(
            "Attribute '(.*)' must appear on element '(.*)'\\.", DOTALL);
    private static final Pattern PATTERN = Pattern.compile(
            "Value '(.*)' is not facet-valid with respect to pattern '(.*)' for type '(.*)'\\.", DOTALL);
    private static final Pattern ENUMERATION = Pattern.compile(
            "Value '(.*)' is not facet-valid with respect to enumeration '\\[(.*)\\]'\\. It must be a value from the enumeration\\.",
            DOTALL);
    private static final Pattern DATATYPE = Pattern.compile("'(.*)' is not a valid value for '(.*)'\\.", DOTALL);
    private static final Pattern MIN_LENGTH = Pattern.compile(
            "Value '(.*)' with length = '(\\d+)' is not facet-valid with respect to minLength '(\\d+)' for type '(.*)'\\.",
            DOTALL);
    private static final Pattern ELEMENT_VALUE = Pattern.compile("The value '(.*)' of element '(.*)' is not valid\\.",
            DOTALL);
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile(
            "The value '(.*)' of attribute '(.*)' on element '(.*)' is not valid with respect to its type, '(.*)'\\.",
            DOTALL);
    private static final Pattern SIMPLE_CONTENT = Pattern.compile(
            "Element '(.*)' must have no element \\[children\\], and the value must be valid\\.", DOTALL);
    private static final Pattern UNKNOWN_ROOT = Pattern.compile("Cannot find the declaration of element '(.*)'\\.",
            DOTALL);
    private static final Pattern EMPTY_CONTENT = Pattern.compile(
            "Element '(.*)' must have no character or element information item \\[children\\], because the type's content type is empty\\.",
            DOTALL);
    private static final Pattern ELEMENT_ONLY = Pattern.compile(
            "Element '(.*)' cannot have character \\[children\\], because the type's content type is element-only\\.",
            DOTALL);
    private static final Pattern QUOTED = Pattern.compile("(['\"])([^'\"]{61,})\\1");
    private static final Pattern ENCODING = Pattern.compile("Invalid encoding name \"(.*)\"\\.", DOTALL);

    private XsdMessages() {
    }

    /** Whether the message is about a value alone; Xerces follows it with one naming the attribute or element. */
    static boolean isValueError(@Nullable String message) {
        return message != null && (message.startsWith("cvc-datatype-valid") || message.startsWith("cvc-pattern-valid")
                || message.startsWith("cvc-enumeration-valid") || message.startsWith("cvc-minLength-valid")
                || message.startsWith("cvc-maxLength-valid") || message.startsWith("cvc-length-valid"));
    }

    /** Whether the message names the attribute or element whose value an earlier message was about. */
    static boolean isValueOwner(@Nullable String message) {
        return message != null && (message.startsWith("cvc-attribute.3") || message.startsWith("cvc-type.3.1.3")
                || message.startsWith("cvc-complex-type.2.2"));
    }

    /** A value's message with the one naming its attribute or element: "attribute 'unique' of &lt;createIndex&gt;: ...". */
    static String plain(@Nullable String valueMessage, @Nullable String ownerMessage) {
        String owner = strip(ownerMessage);
        String what;
        Matcher m;
        if ((m = ATTRIBUTE_VALUE.matcher(owner)).matches()) {
            what = "attribute '" + shorten(m.group(2)) + "' of <" + shorten(m.group(3)) + ">";
        } else if ((m = ELEMENT_VALUE.matcher(owner)).matches()) {
            what = "<" + shorten(m.group(2)) + ">";
        } else if ((m = SIMPLE_CONTENT.matcher(owner)).matches()) {
            what = "<" + shorten(m.group(1)) + ">";
        } else {
            return plain(valueMessage);
        }
        return what + ": " + value(strip(valueMessage));
    }

    /** One message in plain words. */
    static String plain(@Nullable String message) {
        String text = strip(message);
        Matcher m;
        if ((m = INVALID_CONTENT.matcher(text)).matches()) {
            return unexpected(m.group(1), names(m.group(2)));
        }
        if ((m = INCOMPLETE.matcher(text)).matches()) {
            List<String> expected = names(m.group(2));
            return "<" + shorten(m.group(1)) + "> is not complete: it needs " + (expected.size() == 1
                    ? expected.get(0) : "one of " + String.join(", ", expected)) + " here";
        }
        if ((m = NO_DECLARATION.matcher(text)).matches()) {
            return "unknown element <" + shorten(m.group(1)) + ">";
        }
        if ((m = NO_CHILD_EXPECTED.matcher(text)).matches()) {
            return "unexpected element <" + shorten(m.group(1)) + "> here; no element is expected at this point";
        }
        if ((m = ATTRIBUTE_NOT_ALLOWED.matcher(text)).matches()) {
            return "<" + shorten(m.group(2)) + "> does not take the attribute '" + shorten(m.group(1)) + "'";
        }
        if ((m = ATTRIBUTE_MISSING.matcher(text)).matches()) {
            return "<" + shorten(m.group(2)) + "> needs the attribute '" + shorten(m.group(1)) + "'";
        }
        if ((m = ATTRIBUTE_VALUE.matcher(text)).matches()) {
            return "attribute '" + shorten(m.group(2)) + "' of <" + shorten(m.group(3)) + ">: '" + shorten(m.group(1))
                    + "' is not a valid " + m.group(4);
        }
        if ((m = ELEMENT_VALUE.matcher(text)).matches()) {
            return "<" + shorten(m.group(2)) + ">: '" + shorten(m.group(1)) + "' is not a valid value";
        }
        if ((m = UNKNOWN_ROOT.matcher(text)).matches()) {
            return "unknown root element <" + shorten(m.group(1)) + ">; the root element must be <migration xmlns=\""
                    + MigrationDocument.NAMESPACE + "\">";
        }
        if ((m = EMPTY_CONTENT.matcher(text)).matches()) {
            return "<" + shorten(m.group(1)) + "> takes neither text nor elements";
        }
        if ((m = ELEMENT_ONLY.matcher(text)).matches()) {
            return "<" + shorten(m.group(1)) + "> takes elements only, no text";
        }
        if ((m = ENCODING.matcher(text)).matches()) {
            return unknownEncoding(m.group(1));
        }
        if (isValueError(message)) {
            return value(text);
        }
        return shortenQuoted(text);
    }

    /** Any other message: each quoted value in it shortened. */
    private static String shortenQuoted(String text) {
        return QUOTED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + shorten(m.group(2)) + m.group(1)));
    }

    /** "unknown encoding 'isbn'": the parsers' words for it differ. */
    static String unknownEncoding(@Nullable String name) {
        return "unknown encoding '" + shorten(name) + "'; write encoding=\"UTF-8\" (or leave the encoding out)";
    }

    private static String value(String text) {
        Matcher m;
        if ((m = DATATYPE.matcher(text)).matches()) {
            String type = m.group(2);
            String kind = switch (type) {
                case "boolean" -> "a boolean (use true or false)";
                case "integer", "int", "long", "short" -> "a whole number";
                case "positiveInteger" -> "a positive whole number";
                case "nonNegativeInteger" -> "a whole number of 0 or more";
                default -> "a valid " + type;
            };
            return "'" + shorten(m.group(1)) + "' is not " + kind;
        }
        if ((m = PATTERN.matcher(text)).matches()) {
            String value = m.group(1);
            if (value.isBlank()) {
                return "the value must not be blank";
            }
            if (m.group(3).equals("migrationId")) {
                return "'" + shorten(value) + "' is not a migration id: write the file name without .xml, with no spaces";
            }
            return "'" + shorten(value) + "' does not match the pattern " + m.group(2);
        }
        if ((m = ENUMERATION.matcher(text)).matches()) {
            return "'" + shorten(m.group(1)) + "' is not one of " + Arrays.stream(m.group(2).split(", "))
                    .collect(Collectors.joining(", "));
        }
        if ((m = MIN_LENGTH.matcher(text)).matches()) {
            return m.group(2).equals("0") ? "the value must not be empty"
                    : "'" + shorten(m.group(1)) + "' is too short: at least " + m.group(3) + " characters";
        }
        return text;
    }

    /** An element where none of the {@code expected} ones (each in angle brackets) may be. */
    static String unexpected(String element, List<String> expected) {
        String name = element.startsWith("{") && element.endsWith("}") ? element.substring(1, element.length() - 1)
                : element;
        StringBuilder text = new StringBuilder("unexpected element <").append(shorten(name)).append("> here");
        String guess = closest(name, expected);
        if (guess != null) {
            text.append(" (did you mean ").append(guess).append("?)");
        }
        if (expected.isEmpty()) {
            return text.append("; no element is expected at this point").toString();
        }
        return text.append("; expected ").append(expected.size() == 1 ? expected.get(0)
                : "one of " + String.join(", ", expected)).toString();
    }

    /** "{dependsOn, createTable}" after the namespace is gone: each name in angle brackets. */
    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(",")) {
            String plain = name.strip();
            int colon = plain.lastIndexOf("\":");
            names.add("<" + shorten(colon >= 0 ? plain.substring(colon + 2) : plain) + ">");
        }
        return names;
    }

    /** The expected element a typo most likely meant: at most two edits away, or the same but for case. */
    private static @Nullable String closest(String name, List<String> expected) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : expected) {
            String plain = candidate.substring(1, candidate.length() - 1);
            int distance = plain.equalsIgnoreCase(name) ? 0
                    : distance(name.toLowerCase(Locale.ROOT), plain.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Without the code and without our namespace, which every element name carries. */
    private static String strip(@Nullable String message) {
        String text = String.valueOf(message).replace("\"" + MigrationDocument.NAMESPACE + "\":", "");
        return CODE.matcher(text).replaceFirst("").strip();
    }

    private static String shorten(@Nullable String value) {
        return Messages.shorten(value);
    }
}
