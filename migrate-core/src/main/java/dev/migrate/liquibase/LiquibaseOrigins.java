package dev.migrate.liquibase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liquibase changeSets a migration file was imported from, kept in the file as a comment right
 * after its root element:
 * {@code <!-- liquibase changeSet: id="00000000000001" author="jhipster" file="config/liquibase/changelog/x.xml" -->}.
 * A comment is outside the migration's checksum, so the line does not change what the migration is;
 * it tells a database whose {@code databasechangelog} lists the changeSet that the migration is
 * already applied there.
 */
public final class LiquibaseOrigins {

    private static final String MARK = "liquibase changeSet:";
    private static final Pattern ORIGIN = Pattern.compile("<!--\\s*" + Pattern.quote(MARK)
            + "\\s+id=\"([^\"]*)\"\\s+author=\"([^\"]*)\"\\s+file=\"([^\"]*)\"\\s*-->");

    private LiquibaseOrigins() {
    }

    /** The comment line that records a changeSet. */
    public static String comment(ChangeSetId origin) {
        return "<!-- " + MARK + " id=\"" + escape(origin.id()) + "\" author=\"" + escape(origin.author()) + "\" file=\""
                + escape(origin.file()) + "\" -->";
    }

    /** The changeSets a migration file's content records, in order; empty for a file that was not imported. */
    public static List<ChangeSetId> read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.contains(MARK)) {
            return List.of();
        }
        List<ChangeSetId> origins = new ArrayList<>();
        Matcher matcher = ORIGIN.matcher(text);
        while (matcher.find()) {
            origins.add(new ChangeSetId(unescape(matcher.group(3)), unescape(matcher.group(1)),
                    unescape(matcher.group(2))));
        }
        return origins;
    }

    /** Text that may stand in a comment: no {@code --}, no quote to end the value. */
    static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("--", "-&#45;").replace(">", "&gt;");
    }

    private static String unescape(String value) {
        return value.replace("&gt;", ">").replace("&#45;", "-").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
