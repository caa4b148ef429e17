package dev.migrate.liquibase;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Liquibase's {@code ${name}} placeholders, filled from the changelog's {@code <property>} elements. */
final class Properties {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private Properties() {
    }

    /** The value with every placeholder filled; one with no property is refused, naming where it is. */
    static String substitute(String value, Map<String, String> properties, String where) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = properties.get(name);
            if (replacement == null) {
                throw new LiquibaseImportException(where + ": ${" + name + "} has no value: no <property name=\""
                        + name + "\"> for this database and these contexts comes before it in the changelog"
                        + " (properties from the command line or liquibase.properties are not read). Add one to the"
                        + " master changelog, then import again.");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
